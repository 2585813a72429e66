import type { DbOrTx } from "../database/transaction";
import { normalizeName } from "../text/normalize";
import { rankPlaces, type PlaceCandidate } from "./rank";

export type PlaceHit = PlaceCandidate & {
  asciiName: string;
  admin1Code: string | null;
  latitude: number;
  longitude: number;
  featureCode: string;
  match: "exact" | "prefix" | "fuzzy";
};

const CANDIDATES = 60;

/**
 * Finds places by any of their names: exact normalised names through the GIN array index,
 * prefixes and misspellings through the trigram index; optionally within one country.
 */
export async function searchPlaces(
  db: DbOrTx,
  rawQuery: string,
  options: { countryCode?: string; limit?: number } = {},
): Promise<PlaceHit[]> {
  const query = normalizeName(rawQuery);
  if (query.length < 2) return [];
  const country = options.countryCode?.toUpperCase() ?? null;
  const rows = await db.$queryRaw<Omit<PlaceHit, "match">[]>`
    (SELECT "id", "name", "asciiName", "countryCode", "admin1Code", "latitude", "longitude", "population", "featureCode", "searchNames"
       FROM "Place"
      WHERE "searchNames" @> ARRAY[${query}]::text[] AND (${country}::text IS NULL OR "countryCode" = ${country})
      ORDER BY "population" DESC LIMIT ${CANDIDATES})
    UNION
    (SELECT "id", "name", "asciiName", "countryCode", "admin1Code", "latitude", "longitude", "population", "featureCode", "searchNames"
       FROM "Place"
      WHERE ${query} <% "searchText" AND (${country}::text IS NULL OR "countryCode" = ${country})
      ORDER BY "population" DESC LIMIT ${CANDIDATES})`;
  return rankPlaces(query, rows).slice(0, options.limit ?? 10);
}
