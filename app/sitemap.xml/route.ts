// GET /sitemap.xml: a sitemap index naming the files under /sitemap/ (lib/sitemap/sitemap.ts):
// the pages, members and countries in one, the partner places a thousand a file.
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { countPartnerPlaces, indexXml, sitemapFiles } from "@/lib/sitemap/sitemap";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET() {
  const origin = siteUrl().origin;
  const xml = await publicRead(db(), "sitemap:index", origin, async () =>
    indexXml(origin, sitemapFiles(await countPartnerPlaces(db()))),
  );
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
