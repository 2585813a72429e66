// Matches a partner town to a gazetteer place (lib/geocoding: every alternate name, optional
// country filter, larger places first) and says how sure the match is. Only a match that
// leaves no real doubt is "matched"; anything else goes to review with its candidates.
import type { Database } from "../database/client";
import { searchPlaces, type PlaceHit } from "../geocoding/search";

type PlaceCandidate = {
  geonameId: number;
  name: string;
  countryCode: string;
  population: number;
  match: PlaceHit["match"];
};

export type PartnerMatch =
  | { status: "matched"; place: PlaceCandidate; confidence: number; candidates: PlaceCandidate[] }
  | { status: "ambiguous"; candidates: PlaceCandidate[] }
  | { status: "unmatched"; candidates: PlaceCandidate[] };

/** A place this many times larger than the next one of the same name is taken to be meant ("Vasa": Vaasa, not Vasa in India). */
const DOMINANT_POPULATION_RATIO = 10;

const candidate = (h: PlaceHit): PlaceCandidate => ({
  geonameId: h.id,
  name: h.name,
  countryCode: h.countryCode,
  population: h.population,
  match: h.match,
});

/** The names to try: as written, then without a parenthesis or its content ("Vasa (Vaasa)"). */
function namesToTry(raw: string): string[] {
  const names = [raw.trim()];
  const parentheses = raw.match(/^(.*?)\s*\(([^)]+)\)\s*$/);
  if (parentheses) names.push(parentheses[1]!.trim(), parentheses[2]!.trim());
  return [...new Set(names.filter((n) => n.length >= 2))];
}

/** The hits of the first name tried that some place has exactly, or else of the last name tried. */
async function searchNames(
  db: Database,
  names: string[],
  countryCode: string | undefined,
  exactOnly: boolean,
): Promise<PlaceHit[]> {
  let hits: PlaceHit[] = [];
  for (const name of names) {
    hits = await searchPlaces(db, name, { countryCode, limit: 5, exactOnly });
    if (hits.some((h) => h.match === "exact")) break;
  }
  return hits;
}

export async function matchPartner(
  db: Database,
  rawName: string,
  countryCode: string | undefined,
): Promise<PartnerMatch> {
  const names = namesToTry(rawName);
  // Exact names first (the index answers at once); the slower fuzzy search only when no name
  // is exact, for the candidates of a review row. Exact hits rank first either way.
  let hits = await searchNames(db, names, countryCode, true);
  if (!hits.some((h) => h.match === "exact")) hits = await searchNames(db, names, countryCode, false);
  const candidates = hits.map(candidate);
  const exact = candidates.filter((c) => c.match === "exact");
  if (exact.length === 0)
    return candidates.length ? { status: "ambiguous", candidates } : { status: "unmatched", candidates };
  const [first, second] = exact;
  // Without a country, a name is less certain: the same name exists in many countries.
  const base = countryCode ? 0.95 : 0.85;
  if (!second) return { status: "matched", place: first!, confidence: base, candidates };
  if (first!.population >= DOMINANT_POPULATION_RATIO * Math.max(second.population, 1)) {
    return { status: "matched", place: first!, confidence: base - 0.15, candidates };
  }
  return { status: "ambiguous", candidates: exact };
}
