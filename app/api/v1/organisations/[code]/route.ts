// GET /api/v1/organisations/{code}?sida=&antal=: one kommun (four digits) or region (two digits) with its public profile and one page of its partnerships.
import { jsonWithEtag } from "@/lib/api/http";
import { parsePaging } from "@/lib/api/paging";
import { problem } from "@/lib/api/problem";
import { findOrganisation } from "@/lib/api/registry";
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";

export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const url = new URL(request.url);
  const instance = url.pathname;
  if (!/^(\d{2}|\d{4})$/.test(code))
    return problem(
      400,
      "Bad Request",
      "An organisation code is a four-digit kommunkod (2480) or a two-digit county code for a region (24).",
      instance,
    );
  const paging = parsePaging(url);
  if (!paging.ok) return paging.response;
  const { page, pageSize } = paging.value;
  const organisation = await publicRead(db(), "api:organisation", [code, page, pageSize], () =>
    findOrganisation(db(), code, paging.value),
  );
  if (!organisation) return problem(404, "Not Found", `No kommun or region has the code ${code}.`, instance);
  return jsonWithEtag(request, organisation);
}
