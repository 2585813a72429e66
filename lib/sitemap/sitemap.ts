// The sitemap, split so that no file grows with the registry (issues 12 and 13). At 100,000
// partnerships the registry has about 41,000 partner places: one file listing them all (each with
// its English alternate) was about 14 MB, and the protocol allows 50,000 addresses a file at most.
// So /sitemap.xml is a sitemap index naming:
//   /sitemap/sidor.xml     the site's pages, every member (and its policy page) and every partner
//                          country: bounded by the reference data (about 900 addresses);
//   /sitemap/orter-N.xml   the partner places, PLACES_PER_FILE a file, in id order.
import type { Database } from "../database/client";
import { Prisma } from "../generated/prisma/client";
import { LOCALES, localePath } from "../i18n/config";
import { organisationPath } from "../organisations/paths";
import { publicPartnershipSql } from "../partnerships/participation";
import { xmlEscape } from "../text/xml";

export const PLACES_PER_FILE = 1000;
const PUBLIC_PARTNERSHIP = Prisma.raw(publicPartnershipSql("p"));
const PAGES = ["/", "/kommuner", "/samarbeten", "/statistik", "/oppna-data", "/partnersokning"];

export type SitemapEntry = { path: string; lastModified?: Date };

const PAGES_FILE = "sidor.xml";
const placesFile = (n: number) => `orter-${n}.xml`;

/** Which file an address under /sitemap/ names: the pages, a page of places, or none. */
export function parseSitemapFile(file: string): { kind: "pages" } | { kind: "places"; n: number } | null {
  if (file === PAGES_FILE) return { kind: "pages" };
  const match = /^orter-([1-9]\d{0,5})\.xml$/.exec(file);
  return match ? { kind: "places", n: Number(match[1]) } : null;
}

/** The index's files, from the number of partner places. */
export function sitemapFiles(placeCount: number): string[] {
  const placeFiles = Math.ceil(placeCount / PLACES_PER_FILE);
  return [PAGES_FILE, ...Array.from({ length: placeFiles }, (_, i) => placesFile(i + 1))];
}

/** How many places the public partnerships name. */
export async function countPartnerPlaces(db: Database): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(DISTINCT pp."placeId")::int AS count FROM "PartnershipPartner" pp
      JOIN "Partnership" p ON p."id" = pp."partnershipId" AND ${PUBLIC_PARTNERSHIP}
     WHERE pp."placeId" IS NOT NULL`;
  return row?.count ?? 0;
}

/** The site's pages, the members (and policy pages) and the partner countries. */
export async function pageEntries(db: Database): Promise<SitemapEntry[]> {
  const [organisations, countries] = await Promise.all([
    db.organisation.findMany({
      select: { kind: true, slug: true, updatedAt: true, _count: { select: { policyDocuments: true } } },
      orderBy: { code: "asc" },
    }),
    // Countries of the partnerships the public sees (not removed, someone's).
    db.$queryRaw<{ code: string }[]>`
      SELECT DISTINCT COALESCE(pl."countryCode", pp."countryCode") AS code
        FROM "PartnershipPartner" pp LEFT JOIN "Place" pl ON pl."id" = pp."placeId"
        JOIN "Partnership" p ON p."id" = pp."partnershipId" AND ${PUBLIC_PARTNERSHIP}
       WHERE COALESCE(pl."countryCode", pp."countryCode") IS NOT NULL
       ORDER BY 1`,
  ]);
  return [
    ...PAGES.map((path) => ({ path })),
    ...organisations.flatMap((o) => [
      { path: organisationPath(o), lastModified: o.updatedAt },
      ...(o._count.policyDocuments > 0
        ? [{ path: `${organisationPath(o)}/policy`, lastModified: o.updatedAt }]
        : []),
    ]),
    ...countries.map((c) => ({ path: `/land/${c.code.toLowerCase()}` })),
  ];
}

/** The n-th file's partner places (from 1), in id order. */
export async function placeEntries(db: Database, n: number): Promise<SitemapEntry[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT DISTINCT pp."placeId" AS id FROM "PartnershipPartner" pp
      JOIN "Partnership" p ON p."id" = pp."partnershipId" AND ${PUBLIC_PARTNERSHIP}
     WHERE pp."placeId" IS NOT NULL
     ORDER BY 1 OFFSET ${(n - 1) * PLACES_PER_FILE} LIMIT ${PLACES_PER_FILE}`;
  return rows.map((r) => ({ path: `/ort/${r.id}` }));
}

/** A urlset: each address in Swedish with its alternates in every language (hreflang). */
export function urlsetXml(origin: string, entries: SitemapEntry[]): string {
  const urls = entries.map(({ path, lastModified }) => {
    const alternates = LOCALES.map(
      (l) =>
        `<xhtml:link rel="alternate" hreflang="${l}" href="${xmlEscape(origin + localePath(l, path))}"/>`,
    ).join("");
    const modified = lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : "";
    return `<url><loc>${xmlEscape(origin + path)}</loc>${alternates}${modified}</url>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    urls.join("\n") +
    `\n</urlset>\n`
  );
}

/** The sitemap index naming each file under /sitemap/. */
export function indexXml(origin: string, files: string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    files.map((f) => `<sitemap><loc>${xmlEscape(`${origin}/sitemap/${f}`)}</loc></sitemap>`).join("\n") +
    `\n</sitemapindex>\n`
  );
}
