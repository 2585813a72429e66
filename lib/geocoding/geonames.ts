import { normalizeName } from "../text/normalize";

/** One row of a GeoNames dump (cities500 and the other `geoname` tables share the layout). */
export type GeoNamesPlace = {
  id: number;
  name: string;
  asciiName: string;
  countryCode: string;
  admin1Code: string | null;
  admin2Code: string | null;
  latitude: number;
  longitude: number;
  population: number;
  featureCode: string;
  timezone: string | null;
  /** Every name and alternate name, normalised, without duplicates or empty keys. */
  searchNames: string[];
};

// Longer "names" in alternatenames are descriptions or URLs; nobody searches for them.
const MAX_NAME_LENGTH = 80;

/** Parses one tab-separated line of a GeoNames dump. Returns null for lines it cannot use. */
export function parseGeoNamesLine(line: string): GeoNamesPlace | null {
  const f = line.split("\t");
  if (f.length < 19) return null;
  const id = Number(f[0]);
  const latitude = Number(f[4]);
  const longitude = Number(f[5]);
  if (!Number.isInteger(id) || !Number.isFinite(latitude) || !Number.isFinite(longitude) || !f[8])
    return null;
  const names = [f[1]!, f[2]!, ...(f[3] ? f[3].split(",") : [])];
  const searchNames = [
    ...new Set(names.filter((n) => n.length <= MAX_NAME_LENGTH).map(normalizeName)),
  ].filter(Boolean);
  return {
    id,
    name: f[1]!,
    asciiName: f[2]!,
    countryCode: f[8]!,
    admin1Code: f[10] || null,
    admin2Code: f[11] || null,
    latitude,
    longitude,
    population: Number(f[14]) || 0,
    featureCode: f[7]!,
    timezone: f[17] || null,
    searchNames,
  };
}
