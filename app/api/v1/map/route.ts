// GET /api/v1/map?{directory filters}: the national map's members, partner places and links in a compact array form, with an ETag.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { searchParamsToRecord } from "@/lib/directory/page-params";
import { parseDirectoryParams } from "@/lib/directory/parse-params";
import { loadMapData } from "@/lib/map/map-data";

export async function GET(request: Request) {
  const { filters } = parseDirectoryParams(searchParamsToRecord(new URL(request.url).searchParams));
  const body = JSON.stringify(await loadMapData(db(), filters));
  const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate", "Content-Type": "application/json; charset=utf-8" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
