import type { Database } from "../database/client";
import { rankPlaces } from "../geocoding/rank";
import type { Locale } from "../i18n/config";
import { localisedName } from "../i18n/localised";
import { organisationPath } from "../organisations/paths";
import { normalizeName } from "../text/normalize";
import { Prisma } from "../generated/prisma/client";
import { publicPartnershipSql } from "../partnerships/participation";
import { partnerLabel } from "../partnerships/partner-label";
import { rankCountries } from "./country-match";

export type SiteSearchResults = {
  organisations: { code: string; name: string; path: string }[];
  places: { id: number; name: string; countryName: string; partnerCount: number; path: string }[];
  countries: { code: string; name: string; path: string }[];
};

const LIMIT = 8;

type PlaceRow = {
  id: number;
  name: string;
  countryCode: string;
  population: number;
  searchNames: string[];
  /** The name the members most often give the place ("Vasa" for Vaasa). */
  memberName: string | null;
  partnerCount: bigint;
};

/** Partner places (public partnerships only) matching `condition`, with their number of partnerships. */
function partnerPlaces(db: Database, condition: Prisma.Sql, order: Prisma.Sql, limit: number) {
  return db.$queryRaw<PlaceRow[]>`
    SELECT p."id", p."name", p."countryCode", p."population", p."searchNames", COUNT(DISTINCT pp."partnershipId") AS "partnerCount",
           mode() WITHIN GROUP (ORDER BY pp."name") AS "memberName"
      FROM "Place" p
      JOIN "PartnershipPartner" pp ON pp."placeId" = p."id"
      JOIN "Partnership" ps ON ps."id" = pp."partnershipId" AND ${Prisma.raw(publicPartnershipSql("ps"))}
     WHERE ${condition}
     GROUP BY p."id"
     ORDER BY ${order}
     LIMIT ${limit}`;
}

/**
 * What the home page's search box finds: members by name, countries by their Swedish or English
 * name or ISO code in either language ("Kina", "China", "CN"), and partner places by any of
 * their names (Vasa finds Vaasa) or, when the text names a country, by that country ("China"
 * lists the Chinese partner towns after the places whose own name matches well). Only places
 * that are someone's partner are offered: the gazetteer's other 200,000 are not the registry.
 * The page shows countries before places, so a country named exactly comes before a town whose
 * name only resembles it.
 */
export async function searchSite(db: Database, rawQuery: string, locale: Locale): Promise<SiteSearchResults> {
  const query = normalizeName(rawQuery);
  if (query.length < 2) return { organisations: [], places: [], countries: [] };
  const matches = (name: string) =>
    normalizeName(name)
      .split(" ")
      .some((_, i, words) => words.slice(i).join(" ").startsWith(query));

  const allCountries = await db.country.findMany({ select: { code: true, nameSv: true, nameEn: true } });
  const countryName = new Map(allCountries.map((c) => [c.code, localisedName(c, locale)]));
  const countries = rankCountries(rawQuery, allCountries, (c) => countryName.get(c.code)!);
  // Only a country named exactly or by its beginning brings its places along ("Kin", not "Korea").
  const namedCountries = countries.filter((c) => c.match !== "word").map((c) => c.code);

  const [organisations, byName, byCountry] = await Promise.all([
    db.organisation.findMany({
      select: { code: true, name: true, shortName: true, kind: true, slug: true },
      orderBy: { name: "asc" },
    }),
    partnerPlaces(
      db,
      Prisma.sql`p."searchNames" @> ARRAY[${query}]::text[] OR ${query} <% p."searchText"`,
      Prisma.sql`p."population" DESC`,
      50,
    ),
    namedCountries.length
      ? partnerPlaces(
          db,
          Prisma.sql`p."countryCode" = ANY(${namedCountries}::text[])`,
          Prisma.sql`COUNT(DISTINCT pp."partnershipId") DESC, p."population" DESC`,
          LIMIT,
        )
      : Promise.resolve([]),
  ]);

  const ranked = rankPlaces(query, byName);
  const goodNameMatches = ranked.filter((p) => p.match !== "fuzzy");
  const seen = new Set(goodNameMatches.map((p) => p.id));
  const countryPlaces = byCountry.filter((p) => !seen.has(p.id) && seen.add(p.id));
  const fuzzy = ranked.filter((p) => p.match === "fuzzy" && !seen.has(p.id));
  const places = [...goodNameMatches, ...countryPlaces, ...fuzzy];

  return {
    organisations: organisations
      .filter((o) => matches(o.name) || matches(o.shortName))
      .slice(0, LIMIT)
      .map((o) => ({ code: o.code, name: o.name, path: organisationPath(o) })),
    places: places.slice(0, LIMIT).map((p) => ({
      id: p.id,
      // Named as in the partnership tables and on the place's page: "Vasa (Vaasa)".
      name: partnerLabel({ name: p.memberName, place: p, country: null, network: null }, locale),
      countryName: countryName.get(p.countryCode) ?? p.countryCode,
      partnerCount: Number(p.partnerCount),
      path: `/ort/${p.id}`,
    })),
    countries: countries
      .slice(0, LIMIT)
      .map((c) => ({ code: c.code, name: countryName.get(c.code)!, path: `/land/${c.code.toLowerCase()}` })),
  };
}
