import { normalizeName } from "../text/normalize";

export type PlaceCandidate = {
  id: number;
  name: string;
  countryCode: string;
  population: number;
  searchNames: string[];
};

export type MatchQuality = "exact" | "prefix" | "fuzzy";

const QUALITY_ORDER: Record<MatchQuality, number> = { exact: 0, prefix: 1, fuzzy: 2 };

/** How well a place's names match a normalised query. */
export function matchQuality(query: string, candidate: PlaceCandidate): MatchQuality {
  if (candidate.searchNames.includes(query)) return "exact";
  if (candidate.searchNames.some((n) => n.startsWith(query))) return "prefix";
  return "fuzzy";
}

/**
 * Orders gazetteer candidates for a typed name: exact matches on any name or alternate name
 * first ("Vasa" is an alternate name of Vaasa), then prefixes, then fuzzy matches; within a
 * group the larger place first, so "Vasa" finds Vaasa (67,000) before Vasa in India, and the
 * place whose main name matches wins a tie.
 */
export function rankPlaces<T extends PlaceCandidate>(
  rawQuery: string,
  candidates: T[],
): (T & { match: MatchQuality })[] {
  const query = normalizeName(rawQuery);
  return candidates
    .map((c) => ({ ...c, match: matchQuality(query, c), mainName: normalizeName(c.name) === query }))
    .sort(
      (a, b) =>
        QUALITY_ORDER[a.match] - QUALITY_ORDER[b.match] ||
        b.population - a.population ||
        Number(b.mainName) - Number(a.mainName) ||
        a.id - b.id,
    )
    .map(({ mainName: _mainName, ...rest }) => rest as T & { match: MatchQuality });
}
