// GET /api/v1/municipalities: every kommun with its code, name, slug and county (kept for existing clients; /api/v1/organisations covers regions too).
import { toMunicipalitySummary } from "@/lib/api/municipalities";
import { jsonWithEtag } from "@/lib/api/http";
import { db } from "@/lib/db";
import { listMunicipalities } from "@/lib/organisations/queries";

export async function GET(request: Request) {
  const municipalities = await listMunicipalities(db());
  return jsonWithEtag(request, municipalities.map(toMunicipalitySummary));
}
