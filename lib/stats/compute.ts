// Every figure of SKL's 2018 report "Internationella samarbeten" that the registry's data can
// support, computed from a plain dataset (dataset.ts): the current registry, or a frozen
// inventory-round snapshot. Pure: same dataset in, same figures out.
import {
  type ActivityLevelCode,
  type MemberKind,
  type PartnershipKindCode,
  type StatsDataset,
  type StatsOrganisation,
  type StatsPartnership,
  type WorldRegionCode,
} from "./dataset";
import { MEMBER_KINDS, PARTNERSHIP_KINDS, COORDINATION_FORMS } from "../database/enums";

/** The report groups vänorter and kommunala partnerskap together for areas, countries and the trend. */
export const TWIN_OR_PARTNERSHIP: readonly PartnershipKindCode[] = ["TWIN_TOWN", "MUNICIPAL_PARTNERSHIP"];
export type AreaGroup = "TWIN_OR_PARTNERSHIP" | "OTHER";
export const AREA_GROUPS: readonly AreaGroup[] = ["TWIN_OR_PARTNERSHIP", "OTHER"];

const TOP_MEMBERS_LIMIT = 10;

type Engagement = {
  members: number;
  withTwinOrPartnership: number;
  withOther: number;
  withBoth: number;
  withAny: number;
  withNone: number;
};

type KindCounts = { total: number; byMunicipalities: number; byRegions: number };
type ActivityCounts = Record<ActivityLevelCode | "UNKNOWN", number> & { total: number };
type Ranked = { code: string; count: number };
type TopMember = {
  code: string;
  name: string;
  slug: string;
  kind: MemberKind;
  active: number;
  activeOrSporadic: number;
};
type Breakdown = {
  code: string | null;
  name: string;
  members: number;
  membersWithAny: number;
  partnerships: number;
};

export type CountryFigures = {
  code: string;
  partnerships: Record<PartnershipKindCode, number>;
  /** Members with at least one partnership of the kind (or either of vänort/partnerskap) in the country. */
  members: Record<MemberKind, Record<PartnershipKindCode | "TWIN_OR_PARTNERSHIP", number>>;
};

export type Statistics = {
  asOf: string;
  engagement: Record<MemberKind, Engagement>;
  kinds: Record<PartnershipKindCode, KindCounts>;
  activity: Record<PartnershipKindCode, ActivityCounts>;
  /** Distinct partner countries: of vänorter and kommunala partnerskap (the report's 55), and of all kinds. */
  countries: { twinOrPartnership: number; all: number };
  /** Vänorter and kommunala partnerskap per partner world region; UNKNOWN when no country is known. */
  worldRegions: Record<WorldRegionCode | "UNKNOWN", number>;
  /** Partnerships per area, most common first; `withAreas` is how many have any area recorded. */
  areas: Record<AreaGroup, { partnerships: number; withAreas: number; rows: Ranked[] }>;
  /** Members using each funding form for a kind, most common first; `membersWithFunding` is how many reported any. */
  funding: Record<PartnershipKindCode, Record<MemberKind, { membersWithFunding: number; rows: Ranked[] }>>;
  /** Members with the most active partnerships of each kind (ties: more active or sporadic, then name). */
  topMembers: Record<MemberKind, Record<PartnershipKindCode, TopMember[]>>;
  byCounty: Breakdown[];
  /** Municipalities per kommungrupp; `code` null for those without a group yet. */
  byMunicipalityGroup: Breakdown[];
  coordination: Record<MemberKind, { members: number; membersReporting: number; rows: Ranked[] }>;
  /** Vänorter and kommunala partnerskap now, comparable with the historical rounds' totals. */
  twinOrPartnershipTotal: number;
  /** Municipalities with a vänort or kommunalt partnerskap now (272 in 2007, 243 in 2011, 146 in 2018). */
  municipalitiesWithTwinOrPartnership: number;
  country: CountryFigures | null;
  coverage: Coverage;
};

/**
 * How much of the registry has been reported: a member with no partnership in the registry may
 * have none, or may simply not have reported yet. Totals only compare with a survey's once every
 * member has reported or been reviewed.
 */
type Coverage = {
  /** Members, and those that reported (have any current partnership) or were reviewed (`lastReviewedOn`). */
  members: Record<MemberKind, { members: number; reported: number }>;
  /** Current partnerships, and those with a reported activity level. */
  partnerships: { current: number; withKnownActivity: number };
  /** Every member reported or was reviewed. */
  complete: boolean;
};

const swedish = new Intl.Collator("sv");

export function byKind<T>(make: (kind: PartnershipKindCode) => T): Record<PartnershipKindCode, T> {
  return Object.fromEntries(PARTNERSHIP_KINDS.map((k) => [k, make(k)])) as Record<PartnershipKindCode, T>;
}
export function byMemberKind<T>(make: (kind: MemberKind) => T): Record<MemberKind, T> {
  return Object.fromEntries(MEMBER_KINDS.map((k) => [k, make(k)])) as Record<MemberKind, T>;
}

/** Codes by how often they occur, most common first; ties in the given order of `known`. */
export function rank(counts: Map<string, number>, known: readonly string[]): Ranked[] {
  const order = new Map(known.map((code, i) => [code, i]));
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        (order.get(a.code) ?? Infinity) - (order.get(b.code) ?? Infinity) ||
        a.code.localeCompare(b.code),
    );
}

/** The members with the most active partnerships, as the report lists them: ties by more active or sporadic, then name. */
export function topOf(members: TopMember[]): TopMember[] {
  return members
    .filter((m) => m.active > 0)
    .sort(
      (a, b) =>
        b.active - a.active || b.activeOrSporadic - a.activeOrSporadic || swedish.compare(a.name, b.name),
    )
    .slice(0, TOP_MEMBERS_LIMIT);
}

function increment(counts: Map<string, number>, key: string, by = 1) {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

type BreakdownCounts = Map<string | null, Omit<Breakdown, "code" | "name">>;

/** Counties that have members, in the given order (by code). */
export function countyBreakdown(counties: StatsDataset["counties"], rows: BreakdownCounts): Breakdown[] {
  return counties
    .filter((c) => rows.has(c.code))
    .map((c) => {
      const row = rows.get(c.code)!;
      return { code: c.code, name: c.name, ...row };
    });
}

/** Kommungrupper that have municipalities, in the given order (by code), then those without a group. */
export function groupBreakdown(
  groups: StatsDataset["municipalityGroups"],
  rows: BreakdownCounts,
): Breakdown[] {
  return [...groups.map((g) => ({ code: g.code as string | null, name: g.name })), { code: null, name: "" }]
    .filter((g) => rows.has(g.code))
    .map((g) => {
      const row = rows.get(g.code)!;
      return { ...g, ...row };
    });
}

export function computeStatistics(dataset: StatsDataset, options: { country?: string } = {}): Statistics {
  const members = new Map(dataset.organisations.map((o) => [o.id, o]));
  const participantsOf = (p: StatsPartnership) =>
    p.participantIds.map((id) => members.get(id)).filter((o): o is StatsOrganisation => !!o);
  const worldRegionOf = new Map(dataset.countries.map((c) => [c.code, c.worldRegion]));

  // Which kinds each member has.
  const kindsOf = new Map<number, Set<PartnershipKindCode>>();
  for (const p of dataset.partnerships) {
    for (const id of p.participantIds) {
      if (!kindsOf.has(id)) kindsOf.set(id, new Set());
      kindsOf.get(id)!.add(p.kind);
    }
  }
  const hasTwinOrPartnership = (id: number) => TWIN_OR_PARTNERSHIP.some((k) => kindsOf.get(id)?.has(k));
  const hasOther = (id: number) => kindsOf.get(id)?.has("OTHER") ?? false;
  const hasAny = (id: number) => (kindsOf.get(id)?.size ?? 0) > 0;

  const engagement = byMemberKind((kind): Engagement => {
    const ofKind = dataset.organisations.filter((o) => o.kind === kind);
    const twin = ofKind.filter((o) => hasTwinOrPartnership(o.id)).length;
    const other = ofKind.filter((o) => hasOther(o.id)).length;
    const both = ofKind.filter((o) => hasTwinOrPartnership(o.id) && hasOther(o.id)).length;
    const any = ofKind.filter((o) => hasAny(o.id)).length;
    return {
      members: ofKind.length,
      withTwinOrPartnership: twin,
      withOther: other,
      withBoth: both,
      withAny: any,
      withNone: ofKind.length - any,
    };
  });

  const ofKind = byKind((kind) => dataset.partnerships.filter((p) => p.kind === kind));
  const involves = (p: StatsPartnership, kind: MemberKind) => participantsOf(p).some((o) => o.kind === kind);

  // A cooperation of a kommun and a region counts once for each, once in the total.
  const kinds = byKind((kind): KindCounts => ({
    total: ofKind[kind].length,
    byMunicipalities: ofKind[kind].filter((p) => involves(p, "MUNICIPALITY")).length,
    byRegions: ofKind[kind].filter((p) => involves(p, "REGION")).length,
  }));

  const activity = byKind((kind): ActivityCounts => {
    const counts = { ACTIVE: 0, SPORADIC: 0, DORMANT: 0, UNKNOWN: 0, total: ofKind[kind].length };
    for (const p of ofKind[kind]) counts[p.activityLevel ?? "UNKNOWN"] += 1;
    return counts;
  });

  const twinOrPartnership = dataset.partnerships.filter((p) => TWIN_OR_PARTNERSHIP.includes(p.kind));
  const countries = {
    twinOrPartnership: new Set(twinOrPartnership.flatMap((p) => p.countryCodes)).size,
    all: new Set(dataset.partnerships.flatMap((p) => p.countryCodes)).size,
  };

  // A partnership with partners in two world regions counts in each, as the report's split does.
  const worldRegions = { NORDIC: 0, REST_OF_EUROPE: 0, REST_OF_WORLD: 0, UNKNOWN: 0 };
  for (const p of twinOrPartnership) {
    const regions = new Set(p.countryCodes.map((c) => worldRegionOf.get(c)).filter((r) => r !== undefined));
    if (regions.size === 0) worldRegions.UNKNOWN += 1;
    for (const region of regions) worldRegions[region] += 1;
  }

  const areaCodes = dataset.areas.map((a) => a.code);
  const areas = Object.fromEntries(
    AREA_GROUPS.map((group) => {
      const rows = dataset.partnerships.filter((p) =>
        group === "OTHER" ? p.kind === "OTHER" : p.kind !== "OTHER",
      );
      const counts = new Map<string, number>();
      for (const p of rows) for (const code of new Set(p.areaCodes)) increment(counts, code);
      return [
        group,
        {
          partnerships: rows.length,
          withAreas: rows.filter((p) => p.areaCodes.length > 0).length,
          rows: rank(counts, areaCodes),
        },
      ];
    }),
  ) as Statistics["areas"];

  // The report counts funding per member ("96 % of the kommuner that answered use own means").
  const fundingCodes = dataset.fundingForms.map((f) => f.code);
  const funding = byKind((kind) =>
    byMemberKind((memberKind) => {
      const formsByMember = new Map<number, Set<string>>();
      for (const p of ofKind[kind]) {
        for (const o of participantsOf(p)) {
          if (o.kind !== memberKind || p.fundingCodes.length === 0) continue;
          if (!formsByMember.has(o.id)) formsByMember.set(o.id, new Set());
          for (const code of p.fundingCodes) formsByMember.get(o.id)!.add(code);
        }
      }
      const counts = new Map<string, number>();
      for (const forms of formsByMember.values()) for (const code of forms) increment(counts, code);
      return { membersWithFunding: formsByMember.size, rows: rank(counts, fundingCodes) };
    }),
  );

  const topMembers = byMemberKind((memberKind) =>
    byKind((kind) => {
      const tally = new Map<number, { active: number; activeOrSporadic: number }>();
      for (const p of ofKind[kind]) {
        if (p.activityLevel !== "ACTIVE" && p.activityLevel !== "SPORADIC") continue;
        for (const o of participantsOf(p)) {
          if (o.kind !== memberKind) continue;
          const t = tally.get(o.id) ?? { active: 0, activeOrSporadic: 0 };
          if (p.activityLevel === "ACTIVE") t.active += 1;
          t.activeOrSporadic += 1;
          tally.set(o.id, t);
        }
      }
      return topOf(
        [...tally].map(([id, t]): TopMember => {
          const o = members.get(id)!;
          return { code: o.code, name: o.name, slug: o.slug, kind: o.kind, ...t };
        }),
      );
    }),
  );

  const breakdown = (
    groupOf: (o: StatsOrganisation) => string | null,
    include: (o: StatsOrganisation) => boolean,
  ) => {
    const rows = new Map<
      string | null,
      { members: number; membersWithAny: number; partnerships: Set<number> }
    >();
    for (const o of dataset.organisations.filter(include)) {
      const key = groupOf(o);
      const row = rows.get(key) ?? { members: 0, membersWithAny: 0, partnerships: new Set<number>() };
      row.members += 1;
      if (hasAny(o.id)) row.membersWithAny += 1;
      rows.set(key, row);
    }
    for (const p of dataset.partnerships) {
      for (const o of participantsOf(p)) if (include(o)) rows.get(groupOf(o))?.partnerships.add(p.id);
    }
    return rows;
  };

  const countyRows = breakdown(
    (o) => o.countyCode,
    () => true,
  );
  const counted = (rows: typeof countyRows) =>
    new Map([...rows].map(([code, row]) => [code, { ...row, partnerships: row.partnerships.size }]));
  const byCounty = countyBreakdown(dataset.counties, counted(countyRows));

  const groupRows = breakdown(
    (o) => o.municipalityGroupCode,
    (o) => o.kind === "MUNICIPALITY",
  );
  const byMunicipalityGroup = groupBreakdown(dataset.municipalityGroups, counted(groupRows));

  const coordination = byMemberKind((kind) => {
    const ofKind = dataset.organisations.filter((o) => o.kind === kind);
    const counts = new Map<string, number>();
    for (const o of ofKind) for (const form of new Set(o.coordinationForms)) increment(counts, form);
    return {
      members: ofKind.length,
      membersReporting: ofKind.filter((o) => o.coordinationForms.length > 0).length,
      rows: rank(counts, COORDINATION_FORMS),
    };
  });

  const coverageMembers = byMemberKind((kind) => {
    const ofKind = dataset.organisations.filter((o) => o.kind === kind);
    const reported = ofKind.filter((o) => o.lastReviewedOn !== null || hasAny(o.id)).length;
    return { members: ofKind.length, reported };
  });
  const coverage: Coverage = {
    members: coverageMembers,
    partnerships: {
      current: dataset.partnerships.length,
      withKnownActivity: dataset.partnerships.filter((p) => p.activityLevel !== null).length,
    },
    complete: MEMBER_KINDS.every((k) => coverageMembers[k].reported === coverageMembers[k].members),
  };

  return {
    asOf: dataset.asOf,
    coverage,
    engagement,
    kinds,
    activity,
    countries,
    worldRegions,
    areas,
    funding,
    topMembers,
    byCounty,
    byMunicipalityGroup,
    coordination,
    twinOrPartnershipTotal: twinOrPartnership.length,
    municipalitiesWithTwinOrPartnership: engagement.MUNICIPALITY.withTwinOrPartnership,
    country: options.country ? countryFigures(dataset, options.country) : null,
  };
}

/** The report's "20 kommuner have vänorter or kommunala partnerskap in China" for any country. */
export function countryFigures(dataset: StatsDataset, countryCode: string): CountryFigures {
  const code = countryCode.toUpperCase();
  const members = new Map(dataset.organisations.map((o) => [o.id, o]));
  const inCountry = dataset.partnerships.filter((p) => p.countryCodes.includes(code));
  const partnerships = byKind((kind) => inCountry.filter((p) => p.kind === kind).length);
  const memberSets = byMemberKind(() => ({
    ...byKind(() => new Set<number>()),
    TWIN_OR_PARTNERSHIP: new Set<number>(),
  }));
  for (const p of inCountry) {
    for (const id of p.participantIds) {
      const o = members.get(id);
      if (!o) continue;
      memberSets[o.kind][p.kind].add(id);
      if (TWIN_OR_PARTNERSHIP.includes(p.kind)) memberSets[o.kind].TWIN_OR_PARTNERSHIP.add(id);
    }
  }
  const counts = byMemberKind((kind) => {
    const sets = memberSets[kind];
    return { ...byKind((k) => sets[k].size), TWIN_OR_PARTNERSHIP: sets.TWIN_OR_PARTNERSHIP.size };
  });
  return { code, partnerships, members: counts };
}
