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

type PlaceCandidate = {
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
  | { code: "others_size_unknown" }
  | { code: "own_name_only" }
  | { code: "region_named"; region: string }
  | { code: "chosen" };

/** Why a row needs a person; each is an import issue of the same code. */
type ReviewReason =
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

type Hit = PlaceCandidate & { featureCode: string; admin1Name: string | null; mainName: boolean };

const candidate = ({ featureCode: _f, admin1Name: _a, mainName: _m, ...c }: Hit): PlaceCandidate => c;

const toHit =
  (query: string) =>
  (h: PlaceHit): Hit => ({
    geonameId: h.id,
    name: h.name,
    countryCode: h.countryCode,
    population: h.population,
    match: h.match,
    featureCode: h.featureCode,
    admin1Name: h.admin1Name,
    mainName:
      normalizeName(h.name) === normalizeName(query) || normalizeName(h.asciiName) === normalizeName(query),
  });

// Words lists add to a municipality's name that GeoNames' town names lack: "Keila vald",
// "Ringerike kommun", "Mysore City", "Gmina Rudniki", "Landkreis Haßberge".
const ADMINISTRATIVE_WORDS =
  /\b(kommun|kommune|kommunen|municipality|city|town|stad|vald|vallad|linn|kunta|kaupunki|gmina|miasto|landkreis|kreis|gemeinde|stadt|district|parish|county|commune|comune)\b/gi;

const HAS_ADMINISTRATIVE_WORD = new RegExp(ADMINISTRATIVE_WORDS.source, "i");

/**
 * The names to try, in order: as written; without a parenthesis, then what it holds ("Vasa
 * (Vaasa)"); the town before a comma (and the seat after it); each without the
 * administrative words around it ("Keila vald" -> "Keila").
 */
function namesToTry(raw: string): string[] {
  const names = [raw.trim()];
  const parentheses = raw.match(/^(.*?)\s*\(([^)]+)\)\s*$/);
  if (parentheses) names.push(parentheses[1]!.trim(), parentheses[2]!.trim());
  // "Ringerike kommun, Hönefoss": a municipality and its seat, so either side may be the place.
  // "Duluth, Minnesota" is a town and its region: only the town is a name to try (the region
  // narrows the hits, below), lest a town called Georgia stand in for "X, Georgia".
  const [before, after] = raw.split(",").map((part) => part.trim());
  if (before && after) names.push(before, ...(HAS_ADMINISTRATIVE_WORD.test(before) ? [after] : []));
  for (const name of [...names]) {
    const bare = name.replace(ADMINISTRATIVE_WORDS, " ").replace(/\s+/g, " ").trim();
    if (bare !== name) names.push(bare);
  }
  return [...new Set(names.filter((n) => n.length >= 2))];
}

/** "Duluth, Minnesota": the text after the comma, when a list names the region with the town. */
function regionQualifier(raw: string): { town: string; region: string } | undefined {
  const parts = raw.split(",").map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? { town: parts[0], region: parts[1] } : undefined;
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
  ).map(toHit(name));
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
/** A city no namesake of unknown size is likely to be mistaken for: a capital or region's seat, or 100,000 people. */
const isMajor = (h: Hit) => h.population >= 100_000 || ["PPLC", "PPLA"].includes(h.featureCode);

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

  // "Duluth, Minnesota": of the places called Duluth, those in a region of that name.
  let narrowed = exact;
  const reasons: MatchReason[] = [];
  const qualifier = regionQualifier(rawName);
  if (qualifier && normalizeName(found.name) === normalizeName(qualifier.town)) {
    const inRegion = exact.filter(
      (h) => h.admin1Name && normalizeName(h.admin1Name) === normalizeName(qualifier.region),
    );
    if (inRegion.length) {
      narrowed = inRegion;
      reasons.push({ code: "region_named", region: inRegion[0]!.admin1Name! });
    }
  }
  // "Kemi": Kemi itself, not Keminmaa, which has "Kemi" among its other names, when the place
  // with the name as its own is no smaller than any that only has it as another name.
  const own = narrowed.filter((h) => h.mainName);
  if (
    own.length === 1 &&
    narrowed.length > 1 &&
    narrowed.every((h) => h.mainName || h.population <= own[0]!.population)
  ) {
    narrowed = own;
    reasons.push({ code: "own_name_only" });
  }

  const [first, second] = narrowed as [Hit, Hit | undefined];
  const nameReason: MatchReason = first.mainName ? { code: "exact_name" } : { code: "alternate_name" };
  const taken = (confidence: number, why: MatchReason[]): PartnerMatch => ({
    status: "matched",
    place: candidate(first),
    confidence,
    candidates,
    reasons: [nameReason, ...reasons, ...why],
  });
  if (!isSubstantial(first))
    return {
      status: "ambiguous",
      candidates: exact.slice(0, CANDIDATE_LIMIT).map(candidate),
      reason: second
        ? { code: "partner_several_in_country", count: narrowed.length }
        : { code: "partner_small_place", population: first.population },
    };
  if (!second) return taken(0.95, [{ code: "only_in_country" }]);
  if (second.population > 0 && first.population >= DOMINANT_POPULATION_RATIO * second.population)
    return taken(0.8, [{ code: "larger_by", ratio: Math.floor(first.population / second.population) }]);
  // Population 0 means unknown in GeoNames, not small: such a namesake could be the one meant,
  // unless the first is a major city (Xi'an, Schwerin) and every other one's size is unknown.
  if (isMajor(first) && narrowed.slice(1).every((h) => h.population === 0))
    return taken(0.8, [{ code: "others_size_unknown" }]);
  return {
    status: "ambiguous",
    candidates: exact.slice(0, CANDIDATE_LIMIT).map(candidate),
    reason: { code: "partner_several_in_country", count: narrowed.length },
  };
}
