// GET /api/v1/places/{geonameId}: one gazetteer place.
import { jsonWithEtag } from "@/lib/api/http";
import { problem } from "@/lib/api/problem";
import { findPlace } from "@/lib/api/registry";
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { parseRecordId } from "@/lib/validation/record-id";

export async function GET(request: Request, { params }: { params: Promise<{ geonameId: string }> }) {
  const { geonameId: id } = await params;
  const instance = new URL(request.url).pathname;
  // GeoNames ids, or a place added in the registry (ids above 2,000,000,000).
  const placeId = parseRecordId(id);
  if (placeId === null)
    return problem(400, "Bad Request", "A place id is a whole number from 1 to 2147483647.", instance);
  const place = await publicRead(db(), "api:place", placeId, () => findPlace(db(), placeId));
  if (!place) return problem(404, "Not Found", `No place has the id ${id}.`, instance);
  return jsonWithEtag(request, place);
}
