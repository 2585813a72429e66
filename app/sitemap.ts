// GET /sitemap.xml: every public page in Swedish, with its English alternate.
import type { MetadataRoute } from "next";
import { db } from "@/lib/db";
import { LOCALES, localePath } from "@/lib/i18n/config";
import { organisationPath } from "@/lib/organisations/paths";
import { siteUrl } from "@/lib/site-url";
import { sitemapRows } from "@/lib/sitemap/queries";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl().origin;
  const { organisations, countries, places } = await sitemapRows(db());
  const entry = (path: string, lastModified?: Date): MetadataRoute.Sitemap[number] => ({
    url: `${base}${path}`,
    lastModified,
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, `${base}${localePath(l, path)}`])) },
  });
  return [
    entry("/"),
    entry("/kommuner"),
    entry("/samarbeten"),
    entry("/statistik"),
    entry("/oppna-data"),
    entry("/partnersokning"),
    ...organisations.flatMap((o) => [
      entry(organisationPath(o), o.updatedAt),
      ...(o._count.policyDocuments > 0 ? [entry(`${organisationPath(o)}/policy`, o.updatedAt)] : []),
    ]),
    ...countries.map((c) => entry(`/land/${c.code.toLowerCase()}`)),
    ...places.map((p) => entry(`/ort/${p.id}`)),
  ];
}
