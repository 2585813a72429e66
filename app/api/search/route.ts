// GET /api/search?q=…&locale=sv|en: the home page's search-as-you-type (members, partner places, countries).
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { isLocale } from "@/lib/i18n/config";
import { searchSite } from "@/lib/search/site-search";

const MAX_QUERY = 100;

export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = (url.searchParams.get("q") ?? "").slice(0, MAX_QUERY);
  const locale = url.searchParams.get("locale") ?? "sv";
  const language = isLocale(locale) ? locale : "sv";
  const results = await publicRead(db(), "search", [query, language], () =>
    searchSite(db(), query, language),
  );
  return Response.json(results, { headers: { "Cache-Control": "public, max-age=60" } });
}
