// The search keys of a place, the same as the gazetteer loader writes for GeoNames' places
// (prisma/seed/gazetteer.ts): every name normalised once into "searchNames" (exact look-ups,
// GIN index) and the same keys joined by " | " into "searchText" (pg_trgm: prefixes, misspellings).
import { normalizeName } from "../text/normalize";

const MAX_NAME_LENGTH = 80;

export function placeSearchKeys(names: string[]): { searchNames: string[]; searchText: string } {
  const searchNames = [
    ...new Set(names.filter((n) => n.length <= MAX_NAME_LENGTH).map(normalizeName)),
  ].filter(Boolean);
  return { searchNames, searchText: searchNames.join(" | ") };
}

/** An ASCII spelling of a name, as GeoNames' asciiname column: "Võru" -> "Voru". */
export const asciiName = (name: string) =>
  name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "")
    .trim() || name;
