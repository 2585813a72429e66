import { countryNamesSvEn } from "../countries/names";
import { resolveCountry } from "../countries/resolve-country";
import { normalizeName } from "../text/normalize";

export type CountryMatch = "exact" | "prefix" | "word";

const ORDER: Record<CountryMatch, number> = { exact: 0, prefix: 1, word: 2 };

type CountryNames = { code: string; nameSv: string; nameEn: string };

/**
 * How a search text matches a country, whatever the reader's language: its ISO code (CN, CHN) or
 * any Swedish or English name or common exonym ("Kina", "China", "USA") exactly, the beginning
 * of one ("Kin"), or the beginning of a later word ("Korea" in "Nordkorea"'s English "North
 * Korea"). Null when it does not match.
 */
export function countryMatch(rawQuery: string, country: CountryNames): CountryMatch | null {
  const query = normalizeName(rawQuery);
  if (query.length < 2) return null;
  const names = [country.nameSv, country.nameEn, ...countryNamesSvEn(country.code)].map(normalizeName);
  if (resolveCountry(rawQuery) === country.code || names.includes(query)) return "exact";
  if (names.some((n) => n.startsWith(query))) return "prefix";
  if (names.some((n) => n.split(" ").some((_, i, words) => words.slice(i).join(" ").startsWith(query))))
    return "word";
  return null;
}

/** The countries a search text matches, best match first, then by name in the reader's language. */
export function rankCountries<T extends CountryNames>(
  rawQuery: string,
  countries: T[],
  nameOf: (country: T) => string,
): (T & { match: CountryMatch })[] {
  return countries
    .flatMap((c) => {
      const match = countryMatch(rawQuery, c);
      return match ? [{ ...c, match }] : [];
    })
    .sort((a, b) => ORDER[a.match] - ORDER[b.match] || nameOf(a).localeCompare(nameOf(b), "sv"));
}
