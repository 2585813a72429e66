// What the map, its side panel and its list twin show, derived from the compact MapData the
// API sends (map-data.ts). Pure functions, shared by the browser and the tests, so the map and
// the list always count the same thing.
import type { MapData } from "./map-data";

/** The same data without the members no link refers to (a member page's map needs one, not 310). */
export function compactMapData(data: MapData): MapData {
  const used = [...new Set(data.links.map((l) => l[1]))].sort((a, b) => a - b);
  const newIndex = new Map(used.map((old, i) => [old, i]));
  return {
    members: used.map((i) => data.members[i]!),
    targets: data.targets,
    links: data.links.map(([id, member, ...rest]) => [id, newIndex.get(member)!, ...rest]),
  };
}

export type KindCode = MapData["links"][number][3];
export type ActivityCode = MapData["links"][number][4];
const ENDED = 1;
const UNVERIFIED = 2;

export type MemberRow = {
  index: number;
  code: string;
  name: string;
  slug: string;
  kind: "M" | "R";
  partnerships: number;
  byKind: Record<KindCode, number>;
  active: number;
};

export type PartnerRow = {
  partnershipId: number;
  name: string;
  countryCode: string | null;
  targetIndex: number;
  memberIndex: number;
  kind: KindCode;
  activity: ActivityCode;
  ended: boolean;
  unverified: boolean;
};

export type MapSummary = { partnerships: number; members: number; places: number; countries: number };

/** Distinct partnerships, Swedish members, partner places and countries in the data. */
export function summarise(data: MapData): MapSummary {
  const partnerships = new Set<number>();
  const members = new Set<number>();
  const places = new Set<number>();
  const countries = new Set<string>();
  for (const [id, member, target] of data.links) {
    partnerships.add(id);
    members.add(member);
    places.add(target);
    const country = data.targets[target]![2];
    if (country) countries.add(country);
  }
  return {
    partnerships: partnerships.size,
    members: members.size,
    places: places.size,
    countries: countries.size,
  };
}

/**
 * One row per Swedish member that has a link in the data: its distinct partnerships, split by
 * kind, and how many of them are active (the choropleth's measure).
 */
export function memberRows(data: MapData): MemberRow[] {
  const seen = new Map<number, Set<number>>();
  const rows = new Map<number, MemberRow>();
  for (const [id, memberIndex, , kind, activity] of data.links) {
    let ids = seen.get(memberIndex);
    if (!ids) seen.set(memberIndex, (ids = new Set()));
    if (ids.has(id)) continue; // a partnership with several partners counts once
    ids.add(id);
    let row = rows.get(memberIndex);
    if (!row) {
      const [, code, memberKind, name, slug] = data.members[memberIndex]!;
      row = {
        index: memberIndex,
        code,
        name,
        slug,
        kind: memberKind,
        partnerships: 0,
        byKind: { T: 0, M: 0, O: 0 },
        active: 0,
      };
      rows.set(memberIndex, row);
    }
    row.partnerships++;
    row.byKind[kind]++;
    if (activity === "A") row.active++;
  }
  return [...rows.values()];
}

export type MemberSort = "name" | "partnerships";

export function sortMemberRows(rows: MemberRow[], sort: MemberSort, locale: string): MemberRow[] {
  const collator = new Intl.Collator(locale);
  return [...rows].sort((a, b) =>
    sort === "partnerships"
      ? b.partnerships - a.partnerships || collator.compare(a.name, b.name)
      : collator.compare(a.name, b.name),
  );
}

function partnerRow(data: MapData, link: MapData["links"][number]): PartnerRow {
  const [partnershipId, memberIndex, targetIndex, kind, activity, flags] = link;
  const [, name, countryCode] = data.targets[targetIndex]!;
  return {
    partnershipId,
    name,
    countryCode,
    targetIndex,
    memberIndex,
    kind,
    activity,
    ended: (flags & ENDED) !== 0,
    unverified: (flags & UNVERIFIED) !== 0,
  };
}

/** A member's partners (the side panel), ordered by kind then name. */
export function partnersOfMember(data: MapData, memberIndex: number, locale: string): PartnerRow[] {
  const collator = new Intl.Collator(locale);
  const order = { T: 0, M: 1, O: 2 };
  return data.links
    .filter((l) => l[1] === memberIndex)
    .map((l) => partnerRow(data, l))
    .sort((a, b) => order[a.kind] - order[b.kind] || collator.compare(a.name, b.name));
}

/** A partner place's Swedish members (the side panel for a place), by name. */
export function membersOfTarget(data: MapData, targetIndex: number, locale: string): PartnerRow[] {
  const collator = new Intl.Collator(locale);
  return data.links
    .filter((l) => l[2] === targetIndex)
    .map((l) => partnerRow(data, l))
    .sort((a, b) => collator.compare(data.members[a.memberIndex]![3], data.members[b.memberIndex]![3]));
}

type Position = [lat: number, lon: number];

/** A line to draw: one member–place pair, or a bundle of many (aggregated per country). */
export type DrawnLink = {
  from: Position;
  to: Position;
  kind: KindCode;
  activity: ActivityCode;
  unverified: boolean;
  ended: boolean;
  /** How many partnerships the line stands for (1 for a single pair). */
  count: number;
  memberIndex?: number;
  targetIndex?: number;
  /** For a bundle: the ISO code of the partner country. */
  countryCode?: string;
};

const position = (lat: number | null, lon: number | null): Position | null =>
  lat === null || lon === null ? null : [lat, lon];

/**
 * One line per member–place pair that has positions at both ends (a pair with several
 * partnerships, e.g. a twin town and a project with the same town, is one line, drawn in the
 * style of its first partnership). Networks and free-text partners have no position: listed only.
 */
export function pairLinks(data: MapData, onlyMember?: number): DrawnLink[] {
  const pairs = new Map<string, DrawnLink>();
  for (const [, memberIndex, targetIndex, kind, activity, flags] of data.links) {
    if (onlyMember !== undefined && memberIndex !== onlyMember) continue;
    const key = `${memberIndex}:${targetIndex}`;
    const existing = pairs.get(key);
    if (existing) {
      existing.count++;
      continue;
    }
    const member = data.members[memberIndex]!;
    const target = data.targets[targetIndex]!;
    const from = position(member[5], member[6]);
    const to = position(target[3], target[4]);
    if (!from || !to) continue;
    pairs.set(key, {
      from,
      to,
      kind,
      activity,
      unverified: (flags & UNVERIFIED) !== 0,
      ended: (flags & ENDED) !== 0,
      count: 1,
      memberIndex,
      targetIndex,
    });
  }
  return [...pairs.values()];
}

/** How many distinct member–place lines the data would draw one by one. */
export function pairCount(data: MapData): number {
  const pairs = new Set<number>();
  const width = data.targets.length + 1;
  for (const [, m, t] of data.links) pairs.add(m * width + t);
  return pairs.size;
}

/**
 * The overview at scale: one line per partner country and kind, from the mean position of the
 * Swedish members involved to the mean position of the partner places, weighted by the number
 * of partnerships. 100,000 links become a few hundred lines a reader can take in.
 */
export function countryBundles(data: MapData): DrawnLink[] {
  type Sum = {
    fromLat: number;
    fromLon: number;
    toLat: number;
    toLon: number;
    n: number;
    kind: KindCode;
    country: string;
  };
  const sums = new Map<string, Sum>();
  for (const [, memberIndex, targetIndex, kind] of data.links) {
    const member = data.members[memberIndex]!;
    const [, , country, lat, lon] = data.targets[targetIndex]!;
    if (!country || lat === null || lon === null || member[5] === null || member[6] === null) continue;
    const key = `${country}:${kind}`;
    let sum = sums.get(key);
    if (!sum) sums.set(key, (sum = { fromLat: 0, fromLon: 0, toLat: 0, toLon: 0, n: 0, kind, country }));
    sum.fromLat += member[5];
    sum.fromLon += member[6];
    sum.toLat += lat;
    sum.toLon += lon;
    sum.n++;
  }
  return [...sums.values()].map((s) => ({
    from: [s.fromLat / s.n, s.fromLon / s.n],
    to: [s.toLat / s.n, s.toLon / s.n],
    kind: s.kind,
    activity: "",
    unverified: false,
    ended: false,
    count: s.n,
    countryCode: s.country,
  }));
}

/** Above this many member–place lines the national view draws country bundles instead. */
export const MAX_SINGLE_LINKS = 2500;

/**
 * What the national view needs when the selection is too large to send link by link: the
 * counts, the list twin's rows and the country bundles, computed on the server from the same
 * functions the browser would use. A member's own links are then fetched when it is chosen.
 */
export type MapOverview = { summary: MapSummary; rows: MemberRow[]; bundles: DrawnLink[]; pairs: number };

export function overviewOf(data: MapData): MapOverview {
  return {
    summary: summarise(data),
    rows: memberRows(data),
    bundles: countryBundles(data),
    pairs: pairCount(data),
  };
}

/** The data as sent: link by link, or (above MAX_SINGLE_LINKS lines) members plus the overview. */
export function forTransfer(data: MapData): MapData {
  const pairs = pairCount(data);
  if (pairs <= MAX_SINGLE_LINKS) return data;
  return { members: data.members, targets: [], links: [], overview: overviewOf(data) };
}
