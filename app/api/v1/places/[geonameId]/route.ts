// GET /api/v1/places/{geonameId}: one gazetteer place.
import { jsonWithEtag } from "@/lib/api/http";
import { problem } from "@/lib/api/problem";
import { findPlace } from "@/lib/api/registry";
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";

export async function GET(request: Request, { params }: { params: Promise<{ geonameId: string }> }) {
  const { geonameId: id } = await params;
  const instance = new URL(request.url).pathname;
  if (!/^\d{1,9}$/.test(id))
    return problem(400, "Bad Request", "A GeoNames id is a positive whole number.", instance);
  const place = await publicRead(db(), "api:place", Number(id), () => findPlace(db(), Number(id)));
  if (!place) return problem(404, "Not Found", `No place has the GeoNames id ${id}.`, instance);
  return jsonWithEtag(request, place);
}
