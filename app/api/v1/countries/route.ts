// GET /api/v1/countries: every country with its Swedish and English name and the report's world region.
import { withEtag } from "@/lib/api/http";
import { listCountries } from "@/lib/api/registry";
import { publicJson } from "@/lib/cache/public-read";
import { db } from "@/lib/db";

export async function GET(request: Request) {
  const { body, etag } = await publicJson(db(), "api:countries", null, () => listCountries(db()));
  return withEtag(request, body, etag);
}
