// GET /api/v1/partner-requests?fran=&typ=&land=&omrade=&finansiering=&sida=: the open requests of
// the partner-search board, filtered as on /partnersokning (20 a page). No contact details.
import { jsonWithEtag } from "@/lib/api/http";
import { db } from "@/lib/db";
import { searchParamsToRecord } from "@/lib/directory/page-params";
import { partnerRequestPageSchema, toApiPartnerRequest } from "@/lib/partner-search/api";
import { parseBoardParams } from "@/lib/partner-search/params";
import { findBoard } from "@/lib/partner-search/queries";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = parseBoardParams(searchParamsToRecord(new URL(request.url).searchParams));
  const board = await findBoard(db(), parsed);
  return jsonWithEtag(
    request,
    partnerRequestPageSchema.parse({
      total: board.total,
      page: board.page,
      pageCount: board.pageCount,
      ignored: parsed.invalid,
      requests: board.rows.map(toApiPartnerRequest),
    }),
  );
}
