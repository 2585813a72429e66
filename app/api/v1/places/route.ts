// GET /api/v1/places?q=&land=&limit=: gazetteer places by any of their names, best match first.
import { withEtag } from "@/lib/api/http";
import { placeQuerySchema } from "@/lib/api/params";
import { problem } from "@/lib/api/problem";
import { findPlaces } from "@/lib/api/registry";
import { publicJson } from "@/lib/cache/public-read";
import { db } from "@/lib/db";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = placeQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return problem(400, "Bad Request", `Invalid query parameters: ${detail}.`, url.pathname);
  }
  const { q, land, limit } = parsed.data;
  const { body, etag } = await publicJson(db(), "api:places", [q, land, limit], () =>
    findPlaces(db(), q, { countryCode: land, limit }),
  );
  return withEtag(request, body, etag);
}
