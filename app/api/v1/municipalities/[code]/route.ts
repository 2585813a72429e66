// GET /api/v1/municipalities/{kommunkod}?sida=&antal=: one kommun with one page of its partnerships.
import { toMunicipalityDetail } from "@/lib/api/municipalities";
import { jsonWithEtag } from "@/lib/api/http";
import { pageInfo, parsePaging } from "@/lib/api/paging";
import { problem } from "@/lib/api/problem";
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { findMunicipalityByCode } from "@/lib/organisations/queries";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const url = new URL(request.url);
  const instance = url.pathname;
  if (!/^\d{4}$/.test(code)) {
    return problem(400, "Bad Request", "A kommunkod is four digits, for example 2480 for Umeå.", instance);
  }
  const paging = parsePaging(url);
  if (!paging.ok) return paging.response;
  const { page, pageSize } = paging.value;
  const municipality = await publicRead(db(), "api:municipality", [code, page, pageSize], () =>
    findMunicipalityByCode(db(), code, paging.value),
  );
  if (!municipality) return problem(404, "Not Found", `No kommun has the code ${code}.`, instance);
  const where = pageInfo(
    `/api/v1/municipalities/${code}`,
    new URLSearchParams(),
    paging.value,
    municipality._count.participations,
  );
  return jsonWithEtag(request, toMunicipalityDetail(municipality, where));
}
