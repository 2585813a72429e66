// Matches the Swedish side of an imported row to a kommun or region: by code ("2480", "24"),
// by name in any common form ("Umeå", "Umeå kommun", "Göteborgs stad", "Gothenburg"), or by
// the municipality named in parentheses ("Fellingsbro (Lindesberg)": a locality and its kommun).
import { countyName } from "../i18n/region-names";
import { normalizeName } from "../text/normalize";

export type ImportMember = {
  id: number;
  code: string;
  name: string;
  shortName: string;
  kind: "MUNICIPALITY" | "REGION";
};

export type MemberMatch =
  | {
      status: "matched";
      member: ImportMember;
      confidence: number;
      via: "code" | "name" | "exonym" | "parentheses" | "region";
    }
  | { status: "ambiguous"; candidates: ImportMember[] }
  | { status: "unmatched"; candidates: ImportMember[] };

/** English and other names of Swedish municipalities people write in lists, normalised -> kommunkod. */
const EXONYMS: Record<string, string> = {
  gothenburg: "1480",
  gotheborg: "1480",
  gottenburg: "1480",
};

// Words around a name that do not identify it: "Umeå kommun", "Municipality of Umeå", "Malmö stad".
const NOISE = /\b(kommun|kommune|stad|municipality|city|of|the|landsting)\b/g;

function keyOf(name: string): string {
  return normalizeName(name).replace(NOISE, " ").replace(/\s+/g, " ").trim();
}

// Words that say a name is a region (county council) rather than a kommun: "Region Skåne",
// "Västra Götaland County", "Skåne läns landsting", "Stockholm County Council", "Landstinget i Uppsala län".
const REGION_WORDS =
  /\b(region|regionen|county|council|lan|lans|landsting|landstinget|landstingskommun|i|of|the)\b/g;
const REGION_MARKER = /\b(region|regionen|county|council|lan|lans|landsting|landstinget|landstingskommun)\b/;

/** The core of a region's name, without the words that mark it: "Västra Götalandsregionen" -> "vastra gotaland". */
function regionCore(name: string): string {
  return normalizeName(name)
    .replace(/regionen$/, " ")
    .replace(REGION_WORDS, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The core and its form without a genitive s ("stockholms" -> "stockholm"), for a region's keys. */
function regionCores(name: string): string[] {
  const core = regionCore(name);
  return core ? [...new Set([core, core.replace(/s$/, "")])] : [];
}

export type MemberIndex = {
  byCode: Map<string, ImportMember>;
  byKey: Map<string, ImportMember[]>;
  /** Regions by the core of their Swedish or English name ("skane", "vastra gotaland"). */
  byRegionCore: Map<string, ImportMember>;
  all: ImportMember[];
};

export function buildMemberIndex(members: ImportMember[]): MemberIndex {
  const byCode = new Map(members.map((m) => [m.code, m]));
  const byKey = new Map<string, ImportMember[]>();
  const add = (key: string, m: ImportMember) => {
    if (!key) return;
    const list = byKey.get(key) ?? [];
    if (!list.includes(m)) list.push(m);
    byKey.set(key, list);
  };
  for (const m of members) {
    add(keyOf(m.name), m);
    add(keyOf(m.shortName), m);
    if (m.kind === "MUNICIPALITY") add(`${keyOf(m.shortName)}s`, m); // genitive: "Göteborgs stad", "Umeås kommun"
    if (m.kind === "REGION") add(keyOf(m.name.replace(/^Region\s+/i, "")), m);
  }
  // Regions by their Swedish name and their English county name ("Västra Götaland County").
  const byRegionCore = new Map<string, ImportMember>();
  for (const m of members.filter((x) => x.kind === "REGION")) {
    const english = countyName({ code: m.code, name: "" }, "en");
    for (const core of [...regionCores(m.name), ...regionCores(english)]) byRegionCore.set(core, m);
  }
  // "Skåne", "Västra Götaland" alone name the region when no kommun has that name.
  for (const [core, m] of byRegionCore) if (!byKey.has(core)) add(core, m);
  return { byCode, byKey, byRegionCore, all: members };
}

/** A region named with a region word ("Region Skåne", "Skåne läns landsting", "Västra Götaland County"). */
function lookupRegion(raw: string, index: MemberIndex): ImportMember | undefined {
  if (!REGION_MARKER.test(normalizeName(raw)) && !/regionen$/.test(normalizeName(raw))) return undefined;
  for (const core of regionCores(raw)) {
    const region = index.byRegionCore.get(core);
    if (region) return region;
  }
  return undefined;
}

/** When folding makes two names equal (Håbo, Habo) the spelling with its å, ä, ö decides. */
function byExactSpelling(raw: string, candidates: ImportMember[]): ImportMember | undefined {
  const wanted = raw
    .toLocaleLowerCase("sv")
    .replace(/\s+(kommun|stad)$/, "")
    .trim();
  const exact = candidates.filter(
    (m) =>
      m.shortName.toLocaleLowerCase("sv") === wanted ||
      m.name.toLocaleLowerCase("sv") === raw.toLocaleLowerCase("sv"),
  );
  return exact.length === 1 ? exact[0] : undefined;
}

function lookup(raw: string, index: MemberIndex): ImportMember[] {
  return index.byKey.get(keyOf(raw)) ?? [];
}

export function matchMember(rawValue: string, index: MemberIndex): MemberMatch {
  const raw = rawValue.trim();
  if (/^\d{2}$|^\d{4}$/.test(raw)) {
    const member = index.byCode.get(raw);
    return member
      ? { status: "matched", member, confidence: 1, via: "code" }
      : { status: "unmatched", candidates: [] };
  }
  const direct = lookup(raw, index);
  if (direct.length === 1) return { status: "matched", member: direct[0]!, confidence: 1, via: "name" };
  if (direct.length > 1) {
    const exact = byExactSpelling(raw, direct);
    return exact
      ? { status: "matched", member: exact, confidence: 0.95, via: "name" }
      : { status: "ambiguous", candidates: direct };
  }
  // "Skåne läns landsting", "Stockholm County": the region, though "Stockholm" alone is the kommun.
  const region = lookupRegion(raw, index);
  if (region) return { status: "matched", member: region, confidence: 1, via: "region" };
  const exonym = EXONYMS[keyOf(raw)];
  if (exonym && index.byCode.has(exonym))
    return { status: "matched", member: index.byCode.get(exonym)!, confidence: 0.95, via: "exonym" };

  // "Fellingsbro (Lindesberg)": the outer name is a locality, the one in parentheses its kommun.
  const parentheses = raw.match(/^(.*?)\s*\(([^)]+)\)\s*$/);
  if (parentheses) {
    for (const part of [parentheses[2]!, parentheses[1]!]) {
      const found = lookup(part, index);
      if (found.length === 1)
        return { status: "matched", member: found[0]!, confidence: 0.8, via: "parentheses" };
    }
  }
  // Nothing: offer members whose name starts like the given one, for the reviewer.
  const key = keyOf(raw);
  const prefix = key.slice(0, Math.min(4, key.length));
  const candidates =
    prefix.length >= 3 ? index.all.filter((m) => keyOf(m.shortName).startsWith(prefix)).slice(0, 5) : [];
  return { status: "unmatched", candidates };
}
