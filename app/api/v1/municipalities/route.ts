// GET /api/v1/municipalities: every kommun with its code, name, slug and county.
import { toMunicipalitySummary } from "@/lib/api/municipalities";
import { db } from "@/lib/db";
import { listMunicipalities } from "@/lib/organisations/queries";

export const dynamic = "force-dynamic";

export async function GET() {
  const municipalities = await listMunicipalities(db());
  return Response.json(municipalities.map(toMunicipalitySummary));
}
