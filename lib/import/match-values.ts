// The small vocabularies of an imported row: kind, activity status, start year, areas.
import { normalizeName } from "../text/normalize";

export type ImportKind = "TWIN_TOWN" | "MUNICIPAL_PARTNERSHIP" | "OTHER";
export type ImportActivity = "ACTIVE" | "SPORADIC" | "DORMANT";

const KINDS: Record<string, ImportKind> = {
  vanort: "TWIN_TOWN",
  vanorter: "TWIN_TOWN",
  vanstad: "TWIN_TOWN",
  vanortssamarbete: "TWIN_TOWN",
  "twin town": "TWIN_TOWN",
  twinning: "TWIN_TOWN",
  "sister city": "TWIN_TOWN",
  "kommunalt partnerskap": "MUNICIPAL_PARTNERSHIP",
  partnerskap: "MUNICIPAL_PARTNERSHIP",
  icld: "MUNICIPAL_PARTNERSHIP",
  "municipal partnership": "MUNICIPAL_PARTNERSHIP",
  annat: "OTHER",
  "annat samarbete": "OTHER",
  "annat internationellt samarbete": "OTHER",
  samarbete: "OTHER",
  samverkansavtal: "OTHER",
  other: "OTHER",
  cooperation: "OTHER",
};

const ACTIVITY: Record<string, ImportActivity> = {
  aktiv: "ACTIVE",
  active: "ACTIVE",
  sporadisk: "SPORADIC",
  sporadic: "SPORADIC",
  vilande: "DORMANT",
  dormant: "DORMANT",
  inaktiv: "DORMANT",
  inactive: "DORMANT",
};

/** An empty kind means vänort: that is what a kommun's list of "vänorter" holds. Undefined: not understood. */
export function parseKind(raw: string): ImportKind | undefined {
  if (!raw.trim()) return "TWIN_TOWN";
  return KINDS[normalizeName(raw)];
}

/** Empty status: not reported (null). Undefined: not understood. */
export function parseActivity(raw: string): ImportActivity | null | undefined {
  if (!raw.trim()) return null;
  return ACTIVITY[normalizeName(raw)];
}

/** "1999", "sedan 1999", "1999-05-01", 1999.0 from a spreadsheet; empty is unknown (null). */
export function parseStartYear(raw: string, now = new Date()): number | null | undefined {
  if (!raw.trim()) return null;
  const match = raw.match(/\b(1[89]\d\d|20\d\d)(?:\.0+)?\b/);
  if (!match) return undefined;
  const year = Number(match[1]);
  return year >= 1900 && year <= now.getFullYear() ? year : undefined;
}

export type AreaOption = { code: string; nameSv: string; nameEn: string };

/**
 * Areas separated by ; / or commas; each known by its code, Swedish or English name. Some names
 * hold a comma themselves ("Miljöskydd, hälsoskydd och klimat"), so the longest run of
 * comma-separated parts that names an area wins. Unknown parts are returned apart.
 */
export function parseAreas(raw: string, options: AreaOption[]): { codes: string[]; unknown: string[] } {
  const byKey = new Map<string, string>();
  for (const o of options)
    for (const name of [o.code, o.nameSv, o.nameEn]) byKey.set(normalizeName(name), o.code);
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const group of raw.split(/[;/]/)) {
    const parts = group
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    for (let i = 0; i < parts.length;) {
      let matched = 0;
      for (let j = parts.length; j > i; j--) {
        const code = byKey.get(normalizeName(parts.slice(i, j).join(", ")));
        if (code) {
          if (!codes.includes(code)) codes.push(code);
          matched = j - i;
          break;
        }
      }
      if (matched === 0) unknown.push(parts[i]!);
      i += Math.max(matched, 1);
    }
  }
  return { codes, unknown };
}
