// GET /api/v1/map?{directory filters}: the national map's members, partner places and links in a compact array form, with an ETag.
import { db } from "@/lib/db";
import { searchParamsToRecord } from "@/lib/directory/page-params";
import { parseDirectoryParams, serializeDirectoryParams } from "@/lib/directory/parse-params";
import { mapBody } from "@/lib/map/map-response";

export async function GET(request: Request) {
  const { filters } = parseDirectoryParams(searchParamsToRecord(new URL(request.url).searchParams));
  // The canonical form of the selection: the same filters in any order share one cached body.
  const body = await mapBody(db(), serializeDirectoryParams({ filters }).toString(), filters);
  const headers: Record<string, string> = {
    ETag: body.etag,
    "Cache-Control": "public, max-age=0, must-revalidate",
    "Content-Type": "application/json; charset=utf-8",
  };
  if (request.headers.get("if-none-match") === body.etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(body.json), { headers });
}
