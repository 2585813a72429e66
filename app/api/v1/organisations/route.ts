// GET /api/v1/organisations?lan=&kommungrupp=&medlem=: every kommun and region (code, kind, name, slug, county, kommungrupp).
import { jsonWithEtag } from "@/lib/api/http";
import { parseApiDirectoryParams } from "@/lib/api/params";
import { listOrganisations } from "@/lib/api/registry";
import { db } from "@/lib/db";

export async function GET(request: Request) {
  const params = parseApiDirectoryParams(request);
  if (!params.ok) return params.response;
  return jsonWithEtag(request, await listOrganisations(db(), params.value.filters));
}
