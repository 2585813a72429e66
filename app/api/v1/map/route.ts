// GET /api/v1/map?{directory filters}: the national map's members, partner places and links in a compact array form, with an ETag.
import { jsonWithEtag } from "@/lib/api/http";
import { db } from "@/lib/db";
import { searchParamsToRecord } from "@/lib/directory/page-params";
import { parseDirectoryParams } from "@/lib/directory/parse-params";
import { loadMapData } from "@/lib/map/map-data";

export async function GET(request: Request) {
  const { filters } = parseDirectoryParams(searchParamsToRecord(new URL(request.url).searchParams));
  return jsonWithEtag(request, await loadMapData(db(), filters));
}
