import type { DbOrTx } from "../database/transaction";
import { Prisma, type PlaceKind, type PlaceSource } from "../generated/prisma/client";
import { normalizeName } from "../text/normalize";
import { rankPlaces, type PlaceCandidate } from "./rank";

export type PlaceHit = PlaceCandidate & {
  asciiName: string;
  admin1Code: string | null;
  /** The region's name (GeoNames admin1), when known. */
  admin1Name: string | null;
  latitude: number;
  longitude: number;
  featureCode: string;
  /** GEONAMES, ADMIN_DIVISION (GeoNames' administrative units) or REGISTRY (added in the registry). */
  source: PlaceSource;
  kind: PlaceKind | null;
  wikidataId: string | null;
  geonamesId: number | null;
  match: "exact" | "prefix" | "fuzzy";
};

const CANDIDATES = 60;
const PLACE_COLUMNS = Prisma.sql`"id", "name", "asciiName", "countryCode", "admin1Code", "latitude", "longitude", "population", "featureCode", "searchNames", "source", "kind", "wikidataId", "geonamesId",
  (SELECT a."name" FROM "AdminDivision" a WHERE a."code" = "Place"."countryCode" || '.' || "Place"."admin1Code") AS "admin1Name"`;

/**
 * Finds places by any of their names: exact normalised names through the GIN array index,
 * prefixes and misspellings through the trigram index; optionally within one country, or
 * (exactOnly) by exact names alone.
 */
export async function searchPlaces(
  db: DbOrTx,
  rawQuery: string,
  options: { countryCode?: string; limit?: number; exactOnly?: boolean } = {},
): Promise<PlaceHit[]> {
  const query = normalizeName(rawQuery);
  if (query.length < 2) return [];
  const country = options.countryCode?.toUpperCase() ?? null;
  const exact = Prisma.sql`(SELECT ${PLACE_COLUMNS} FROM "Place"
      WHERE "searchNames" @> ARRAY[${query}]::text[] AND "removedAt" IS NULL AND NOT "awaitingApproval" AND (${country}::text IS NULL OR "countryCode" = ${country})
      ORDER BY "population" DESC LIMIT ${CANDIDATES})`;
  // The trigram half is the expensive one (tens of milliseconds): the import asks for exact names first.
  const rows = await db.$queryRaw<Omit<PlaceHit, "match">[]>(
    options.exactOnly
      ? exact
      : Prisma.sql`${exact}
    UNION
    (SELECT ${PLACE_COLUMNS} FROM "Place"
      WHERE ${query} <% "searchText" AND "removedAt" IS NULL AND NOT "awaitingApproval" AND (${country}::text IS NULL OR "countryCode" = ${country})
      ORDER BY "population" DESC LIMIT ${CANDIDATES})`,
  );
  return rankPlaces(query, rows).slice(0, options.limit ?? 10);
}
