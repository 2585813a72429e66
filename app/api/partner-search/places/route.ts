// GET /api/partner-search/places?q=&country=&locale=: the gazetteer type-ahead of the public
// partner-search form (towns abroad are not signed in). The gazetteer is public data (/ort pages);
// the query is bounded like the site search's.
import { problem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { searchPlaceOptions } from "@/lib/manage/place-options";

export const dynamic = "force-dynamic";

const MAX_QUERY_LENGTH = 100;

export async function GET(request: Request) {
  const url = new URL(request.url);
  const country = url.searchParams.get("country") ?? "";
  const query = url.searchParams.get("q") ?? "";
  if (country && !/^[A-Za-z]{2}$/.test(country))
    return problem(400, "Bad Request", "country must be a two-letter ISO code.");
  if (query.length > MAX_QUERY_LENGTH)
    return problem(400, "Bad Request", `q may be at most ${MAX_QUERY_LENGTH} characters.`);
  const places = await searchPlaceOptions(db(), query, {
    countryCode: country || undefined,
    locale: url.searchParams.get("locale") === "en" ? "en" : "sv",
  });
  return Response.json({ places }, { headers: { "Cache-Control": "public, max-age=300" } });
}
