// GET /api/v1/countries: every country with its Swedish and English name and the report's world region.
import { jsonWithEtag } from "@/lib/api/http";
import { listCountries } from "@/lib/api/registry";
import { db } from "@/lib/db";

export async function GET(request: Request) {
  return jsonWithEtag(request, await listCountries(db()));
}
