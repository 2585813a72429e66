// GET /api/v1/openapi.json: the OpenAPI 3.1 document of the open API, generated from its zod schemas.
import { jsonWithEtag } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";

export function GET(request: Request) {
  return jsonWithEtag(request, openApiDocument());
}
