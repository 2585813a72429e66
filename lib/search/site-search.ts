import type { Database } from "../database/client";
import { rankPlaces } from "../geocoding/rank";
import type { Locale } from "../i18n/config";
import { organisationPath } from "../organisations/paths";
import { normalizeName } from "../text/normalize";
import { Prisma } from "../generated/prisma/client";
import { publicPartnershipSql } from "../partnerships/participation";
import { partnerLabel } from "../partnerships/partner-label";

export type SiteSearchResults = {
  organisations: { code: string; name: string; path: string }[];
  places: { id: number; name: string; countryName: string; partnerCount: number; path: string }[];
  countries: { code: string; name: string; path: string }[];
};

const LIMIT = 8;

/**
 * What the home page's search box finds: members by name, partner places by any of their
 * names (Vasa finds Vaasa), and countries by their Swedish or English name. Only places that
 * are someone's partner are offered: the gazetteer's other 200,000 are not the registry.
 */
export async function searchSite(db: Database, rawQuery: string, locale: Locale): Promise<SiteSearchResults> {
  const query = normalizeName(rawQuery);
  if (query.length < 2) return { organisations: [], places: [], countries: [] };
  const matches = (name: string) =>
    normalizeName(name)
      .split(" ")
      .some((_, i, words) => words.slice(i).join(" ").startsWith(query));

  const [organisations, places, countries] = await Promise.all([
    db.organisation.findMany({
      select: { code: true, name: true, shortName: true, kind: true, slug: true },
      orderBy: { name: "asc" },
    }),
    db.$queryRaw<
      {
        id: number;
        name: string;
        countryCode: string;
        population: number;
        searchNames: string[];
        memberName: string | null;
        partnerCount: bigint;
      }[]
    >`
      SELECT p."id", p."name", p."countryCode", p."population", p."searchNames", COUNT(DISTINCT pp."partnershipId") AS "partnerCount",
             mode() WITHIN GROUP (ORDER BY pp."name") AS "memberName"
        FROM "Place" p
        JOIN "PartnershipPartner" pp ON pp."placeId" = p."id"
        JOIN "Partnership" ps ON ps."id" = pp."partnershipId" AND ${Prisma.raw(publicPartnershipSql("ps"))}
       WHERE p."searchNames" @> ARRAY[${query}]::text[] OR ${query} <% p."searchText"
       GROUP BY p."id"
       LIMIT 50`,
    db.country.findMany({ select: { code: true, nameSv: true, nameEn: true } }),
  ]);
  const countryName = new Map(countries.map((c) => [c.code, locale === "sv" ? c.nameSv : c.nameEn]));

  return {
    organisations: organisations
      .filter((o) => matches(o.name) || matches(o.shortName))
      .slice(0, LIMIT)
      .map((o) => ({ code: o.code, name: o.name, path: organisationPath(o) })),
    places: rankPlaces(query, places)
      .slice(0, LIMIT)
      .map((p) => ({
        id: p.id,
        // Named as in the partnership tables and on the place's page: "Vasa (Vaasa)".
        name: partnerLabel({ name: p.memberName, place: p, country: null, network: null }, locale),
        countryName: countryName.get(p.countryCode) ?? p.countryCode,
        partnerCount: Number(p.partnerCount),
        path: `/ort/${p.id}`,
      })),
    countries: countries
      .filter((c) => matches(c.nameSv) || matches(c.nameEn))
      .slice(0, LIMIT)
      .map((c) => ({ code: c.code, name: countryName.get(c.code)!, path: `/land/${c.code.toLowerCase()}` })),
  };
}
