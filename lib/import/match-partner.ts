// Matches a partner town to a gazetteer place and says why, or why a person must decide.
// No silent guesses: a match is taken only when
//   - the row names a country, and the place is in it (or in one of its dependent territories:
//     a row saying Finland finds Mariehamn, which GeoNames files under AX);
//   - no other place of that name in that country could be meant: it is the only one, or it is
//     at least DOMINANT_POPULATION_RATIO times larger than the next, whose size is known;
//   - it is a town in its own right: a place that is neither of SUBSTANTIAL_POPULATION nor the
//     seat of an administrative unit (PPLA…) is likely a village that shares its name with the
//     municipality the row means, which the gazetteer (cities500) lacks ("Hemnes", Norway: the
//     municipality in Nordland, not the village of 613 in Viken; "Kvam").
// A place in another country than the row's is never taken, and never offered.
import { codesWithin } from "../countries/territories";
import type { Database } from "../database/client";
import { rankPlaces } from "../geocoding/rank";
import { searchPlaces, type PlaceHit } from "../geocoding/search";
import { normalizeName } from "../text/normalize";

export type PlaceCandidate = {
  geonameId: number;
  name: string;
  countryCode: string;
  population: number;
  match: PlaceHit["match"];
};

/** Why a match was taken; shown in the preview (import.matchReasons in the messages). */
export type MatchReason =
  | { code: "exact_name" }
  | { code: "alternate_name" }
  | { code: "only_in_country" }
  | { code: "larger_by"; ratio: number }
  | { code: "chosen" };

/** Why a row needs a person; each is an import issue of the same code. */
export type ReviewReason =
  | { code: "partner_unmatched" }
  | { code: "partner_ambiguous" }
  | { code: "partner_several_in_country"; count: number }
  | { code: "partner_small_place"; population: number }
  | { code: "partner_country_missing" };

export type PartnerMatch =
  | {
      status: "matched";
      place: PlaceCandidate;
      confidence: number;
      candidates: PlaceCandidate[];
      reasons: MatchReason[];
    }
  | { status: "ambiguous"; candidates: PlaceCandidate[]; reason: ReviewReason }
  | { status: "unmatched"; candidates: PlaceCandidate[]; reason: ReviewReason };

/** A place this many times larger than the next one of the same name in the country is taken to be meant. */
const DOMINANT_POPULATION_RATIO = 10;
/** A place this large is a town in its own right, whatever its feature code. */
const SUBSTANTIAL_POPULATION = 5_000;
/** GeoNames' seats of administrative units: a capital, a region's, a municipality's (PPLA2/3 in the Nordic countries). */
const SEATS = new Set(["PPLC", "PPLA", "PPLA2", "PPLA3"]);
const CANDIDATE_LIMIT = 5;

type Hit = PlaceCandidate & { featureCode: string };

const candidate = ({ featureCode: _featureCode, ...c }: Hit): PlaceCandidate => c;

const toHit = (h: PlaceHit): Hit => ({
  geonameId: h.id,
  name: h.name,
  countryCode: h.countryCode,
  population: h.population,
  match: h.match,
  featureCode: h.featureCode,
});

/** The names to try: as written, then without a parenthesis, then what it holds ("Vasa (Vaasa)"). */
function namesToTry(raw: string): string[] {
  const names = [raw.trim()];
  const parentheses = raw.match(/^(.*?)\s*\(([^)]+)\)\s*$/);
  if (parentheses) names.push(parentheses[1]!.trim(), parentheses[2]!.trim());
  return [...new Set(names.filter((n) => n.length >= 2))];
}

/** Places of a name in a country and its territories, or anywhere when no country is given. */
async function search(db: Database, name: string, countryCode: string | undefined, exactOnly: boolean) {
  const codes = countryCode ? codesWithin(countryCode) : [undefined];
  const hits = (
    await Promise.all(
      codes.map((code) => searchPlaces(db, name, { countryCode: code, limit: 10, exactOnly })),
    )
  ).flat();
  // Ranked again across the territories: exact names first, larger places first.
  return rankPlaces(
    name,
    hits.map((h) => ({ ...h })),
  ).map(toHit);
}

/** The hits of the first name tried that some place has exactly, or else of the last name tried. */
async function searchNames(
  db: Database,
  names: string[],
  countryCode: string | undefined,
  exactOnly: boolean,
): Promise<{ name: string; hits: Hit[] }> {
  let found = { name: names[0]!, hits: [] as Hit[] };
  for (const name of names) {
    found = { name, hits: await search(db, name, countryCode, exactOnly) };
    if (found.hits.some((h) => h.match === "exact")) break;
  }
  return found;
}

const isSubstantial = (h: Hit) => h.population >= SUBSTANTIAL_POPULATION || SEATS.has(h.featureCode);

export async function matchPartner(
  db: Database,
  rawName: string,
  countryCode: string | undefined,
): Promise<PartnerMatch> {
  const names = namesToTry(rawName);
  // Exact names first (the index answers at once); the slower fuzzy search only when no name
  // is exact, for the candidates of a review row. Exact hits rank first either way.
  let found = await searchNames(db, names, countryCode, true);
  if (!found.hits.some((h) => h.match === "exact")) found = await searchNames(db, names, countryCode, false);
  const { hits } = found;
  const candidates = hits.slice(0, CANDIDATE_LIMIT).map(candidate);
  const exact = hits.filter((h) => h.match === "exact");

  if (exact.length === 0)
    return candidates.length
      ? { status: "ambiguous", candidates, reason: { code: "partner_ambiguous" } }
      : { status: "unmatched", candidates, reason: { code: "partner_unmatched" } };
  // A name alone is not enough: the same name exists in many countries.
  if (!countryCode)
    return {
      status: "ambiguous",
      candidates: exact.slice(0, CANDIDATE_LIMIT).map(candidate),
      reason: exact.length > 1 ? { code: "partner_ambiguous" } : { code: "partner_country_missing" },
    };

  const [first, second] = exact as [Hit, Hit | undefined];
  const nameReason: MatchReason =
    normalizeName(first.name) === normalizeName(found.name)
      ? { code: "exact_name" }
      : { code: "alternate_name" };
  if (!isSubstantial(first))
    return {
      status: "ambiguous",
      candidates: exact.slice(0, CANDIDATE_LIMIT).map(candidate),
      reason: second
        ? { code: "partner_several_in_country", count: exact.length }
        : { code: "partner_small_place", population: first.population },
    };
  if (!second)
    return {
      status: "matched",
      place: candidate(first),
      confidence: 0.95,
      candidates,
      reasons: [nameReason, { code: "only_in_country" }],
    };
  // Population 0 means unknown in GeoNames, not small: such a namesake could be the one meant.
  if (second.population > 0 && first.population >= DOMINANT_POPULATION_RATIO * second.population) {
    return {
      status: "matched",
      place: candidate(first),
      confidence: 0.8,
      candidates,
      reasons: [nameReason, { code: "larger_by", ratio: Math.floor(first.population / second.population) }],
    };
  }
  return {
    status: "ambiguous",
    candidates: exact.slice(0, CANDIDATE_LIMIT).map(candidate),
    reason: { code: "partner_several_in_country", count: exact.length },
  };
}
