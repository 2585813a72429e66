// GET /api/v1/municipalities/{kommunkod}: one kommun with its partnerships.
import { toMunicipalityDetail } from "@/lib/api/municipalities";
import { jsonWithEtag } from "@/lib/api/http";
import { problem } from "@/lib/api/problem";
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { findMunicipalityByCode } from "@/lib/organisations/queries";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const instance = new URL(request.url).pathname;
  if (!/^\d{4}$/.test(code)) {
    return problem(400, "Bad Request", "A kommunkod is four digits, for example 2480 for Umeå.", instance);
  }
  const municipality = await publicRead(db(), "api:municipality", code, () =>
    findMunicipalityByCode(db(), code),
  );
  if (!municipality) return problem(404, "Not Found", `No kommun has the code ${code}.`, instance);
  return jsonWithEtag(request, toMunicipalityDetail(municipality));
}
