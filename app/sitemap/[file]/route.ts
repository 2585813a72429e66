// GET /sitemap/sidor.xml and /sitemap/orter-N.xml: the files the sitemap index names, each
// bounded (lib/sitemap/sitemap.ts). Any other name, or a places file past the last, is a 404.
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import {
  countPartnerPlaces,
  pageEntries,
  parseSitemapFile,
  placeEntries,
  PLACES_PER_FILE,
  urlsetXml,
} from "@/lib/sitemap/sitemap";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFile((await params).file);
  if (!file) return notFound();
  const origin = siteUrl().origin;
  const xml = await publicRead(db(), "sitemap:file", [origin, file], async () => {
    if (file.kind === "pages") return urlsetXml(origin, await pageEntries(db()));
    const count = await countPartnerPlaces(db());
    if ((file.n - 1) * PLACES_PER_FILE >= count) return null;
    return urlsetXml(origin, await placeEntries(db(), file.n));
  });
  if (xml === null) return notFound();
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
