// GET /api/v1/municipalities: every kommun with its code, name, slug and county (kept for existing clients; /api/v1/organisations covers regions too).
import { toMunicipalitySummary } from "@/lib/api/municipalities";
import { withEtag } from "@/lib/api/http";
import { publicJson } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { listMunicipalities } from "@/lib/organisations/queries";

export async function GET(request: Request) {
  const { body, etag } = await publicJson(db(), "api:municipalities", null, async () =>
    (await listMunicipalities(db())).map(toMunicipalitySummary),
  );
  return withEtag(request, body, etag);
}
