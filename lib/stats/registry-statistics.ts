// The registry's statistics now, counted by PostgreSQL: the figures of `computeStatistics`
// (compute.ts) read from counters that every write keeps current (migration
// 20261205120000_statistics_counts), instead of reading every partnership as JSON and counting in
// JavaScript (seconds at 100,000 partnerships) or recounting them in SQL (0.6 s of CPU). compute.ts
// stays the definition: it counts a closed round's frozen dataset, and
// tests/integration/registry-statistics.test.ts checks that both give the same figures, field for
// field, and that the counters equal a recount from the data. Ordering and ranking (ties, Swedish
// collation of names) stay in compute.ts's helpers, applied to the counts read here.
import type { DbOrTx } from "../database/transaction";
import { Prisma } from "../generated/prisma/client";
import { publicParticipationSql, publicPartnershipSql } from "../partnerships/participation";
import { COORDINATION_FORMS, MEMBER_KINDS, PARTNERSHIP_KINDS } from "../database/enums";
import {
  AREA_GROUPS,
  byKind,
  byMemberKind,
  countyBreakdown,
  groupBreakdown,
  rank,
  topOf,
  TWIN_OR_PARTNERSHIP,
  type AreaGroup,
  type CountryFigures,
  type Statistics,
} from "./compute";
import type {
  ActivityLevelCode,
  MemberKind,
  PartnershipKindCode,
  StatsDataset,
  WorldRegionCode,
} from "./dataset";

/** The reference data the figures are ordered and named by (small tables, read whole). */
export type StatsReference = Pick<
  StatsDataset,
  "countries" | "counties" | "municipalityGroups" | "areas" | "fundingForms"
>;

export async function loadStatsReference(db: DbOrTx): Promise<StatsReference> {
  const [countries, counties, municipalityGroups, areas, fundingForms] = await Promise.all([
    db.country.findMany({
      select: { code: true, nameSv: true, nameEn: true, worldRegion: true },
      orderBy: { code: "asc" },
    }),
    db.county.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
    db.municipalityGroup.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
    db.cooperationArea.findMany({
      select: { code: true, nameSv: true, nameEn: true },
      orderBy: { position: "asc" },
    }),
    db.fundingForm.findMany({
      select: { code: true, nameSv: true, nameEn: true },
      orderBy: { position: "asc" },
    }),
  ]);
  return { countries, counties, municipalityGroups, areas, fundingForms };
}

const TWIN_KINDS = Prisma.raw(TWIN_OR_PARTNERSHIP.map((k) => `'${k}'`).join(", "));

const PUBLIC_PARTNERSHIP = Prisma.raw(publicPartnershipSql("p"));
const PUBLIC_PARTICIPATION = Prisma.raw(publicParticipationSql("pp"));

/**
 * Every figure in one statement, as one JSON object, from the counters that the writes keep
 * current (migration 20261205120000_statistics_counts: "StatisticsCount" holds, per key such as
 * `member|<id>|<kind>|<activity>`, how many current public partnerships have it) and the members
 * themselves (a few hundred rows). A few thousand counters are read, whatever the size of the
 * registry; nothing here reads a partnership.
 */
const FIGURES_QUERY = Prisma.sql`
    WITH c AS MATERIALIZED (
      SELECT split_part("key", '|', 1) AS f, split_part("key", '|', 2) AS a, split_part("key", '|', 3) AS b,
             split_part("key", '|', 4) AS x, "n" AS n
        FROM "StatisticsCount" WHERE "n" > 0),
    mk AS MATERIALIZED (SELECT a::int AS org, b AS "kind", NULLIF(x, '') AS activity, n FROM c WHERE f = 'member'),
    org AS MATERIALIZED (
      SELECT o."id", o."kind" AS mkind, o."lastReviewedOn" IS NOT NULL AS reviewed, o."coordinationForms" AS forms,
             COALESCE(k.twin, false) AS twin, COALESCE(k.other, false) AS other, k.org IS NOT NULL AS "any",
             o."countyCode" AS county, o."municipalityGroupCode" AS grp
        FROM "Organisation" o
        LEFT JOIN (SELECT org, bool_or("kind" IN (${TWIN_KINDS})) AS twin, bool_or("kind" = 'OTHER') AS other
                     FROM mk GROUP BY org) k ON k.org = o."id"),
    funded AS (
      SELECT c.a AS "kind", o."kind" AS mkind, o."id" AS org, c.x AS code
        FROM c JOIN "Organisation" o ON o."id" = c.b::int WHERE c.f = 'funding')
    SELECT json_build_object(
      'members', (SELECT COALESCE(json_agg(t), '[]') FROM (
        SELECT mkind, COUNT(*) AS n, COUNT(*) FILTER (WHERE twin) AS twin, COUNT(*) FILTER (WHERE other) AS other,
               COUNT(*) FILTER (WHERE twin AND other) AS both, COUNT(*) FILTER (WHERE "any") AS "any",
               COUNT(*) FILTER (WHERE reviewed OR "any") AS reported,
               COUNT(*) FILTER (WHERE cardinality(forms) > 0) AS reporting
          FROM org GROUP BY mkind) t),
      'coordination', (SELECT COALESCE(json_agg(t), '[]') FROM (
        SELECT mkind, code, COUNT(*) AS n
          FROM (SELECT DISTINCT org."id", mkind, code FROM org, unnest(forms) AS code) f GROUP BY 1, 2) t),
      'kinds', (SELECT COALESCE(json_agg(t), '[]') FROM (
        SELECT a AS "kind", SUM(n) AS n, COALESCE(SUM(n) FILTER (WHERE b <> ''), 0) AS known,
               COALESCE(SUM(n) FILTER (WHERE b = 'ACTIVE'), 0) AS "ACTIVE",
               COALESCE(SUM(n) FILTER (WHERE b = 'SPORADIC'), 0) AS "SPORADIC",
               COALESCE(SUM(n) FILTER (WHERE b = 'DORMANT'), 0) AS "DORMANT",
               COALESCE(SUM(n) FILTER (WHERE b = ''), 0) AS "UNKNOWN"
          FROM c WHERE f = 'kind' GROUP BY 1) t),
      'involving', (SELECT COALESCE(json_agg(t), '[]') FROM (
        SELECT a AS "kind", b AS mkind, n FROM c WHERE f = 'involving') t),
      'countries', (SELECT json_build_object('twin', COUNT(*) FILTER (WHERE twin), 'all', COUNT(*)) FROM (
        SELECT a AS code, bool_or(b = 'true') AS twin FROM c WHERE f = 'country' GROUP BY a) t),
      'regions', (SELECT COALESCE(json_agg(t), '[]') FROM (SELECT a AS region, n FROM c WHERE f = 'region') t),
      'twinWithRegion', (SELECT COALESCE(SUM(n), 0) FROM c WHERE f = 'withRegion'),
      'withAreas', (SELECT COALESCE(json_agg(t), '[]') FROM (SELECT a AS grp, n FROM c WHERE f = 'withAreas') t),
      'areas', (SELECT COALESCE(json_agg(t), '[]') FROM (SELECT a AS grp, b AS code, n FROM c WHERE f = 'area') t),
      'funders', (SELECT COALESCE(json_agg(t), '[]') FROM (
        SELECT "kind", mkind, COUNT(*) AS n FROM (SELECT DISTINCT "kind", mkind, org FROM funded) d GROUP BY 1, 2) t),
      'funding', (SELECT COALESCE(json_agg(t), '[]') FROM (
        SELECT "kind", mkind, code, COUNT(*) AS n FROM funded GROUP BY 1, 2, 3) t),
      'top', (SELECT COALESCE(json_agg(t), '[]') FROM (
        SELECT mk."kind", o."kind" AS mkind, o."code", o."name", o."slug",
               SUM(mk.n) FILTER (WHERE mk.activity = 'ACTIVE') AS active, SUM(mk.n) AS "activeOrSporadic"
          FROM mk JOIN "Organisation" o ON o."id" = mk.org
         WHERE mk.activity IN ('ACTIVE', 'SPORADIC')
         GROUP BY 1, o."id" HAVING SUM(mk.n) FILTER (WHERE mk.activity = 'ACTIVE') > 0) t),
      'counties', (SELECT COALESCE(json_agg(t), '[]') FROM (
        SELECT m.code, m.members, m."membersWithAny", COALESCE(x.n, 0) AS partnerships
          FROM (SELECT county AS code, COUNT(*) AS members, COUNT(*) FILTER (WHERE "any") AS "membersWithAny" FROM org GROUP BY 1) m
          LEFT JOIN (SELECT a AS code, n FROM c WHERE f = 'county') x ON x.code = m.code) t),
      'groups', (SELECT COALESCE(json_agg(t), '[]') FROM (
        SELECT m.code, m.members, m."membersWithAny", COALESCE(x.n, 0) AS partnerships
          FROM (SELECT grp AS code, COUNT(*) AS members, COUNT(*) FILTER (WHERE "any") AS "membersWithAny"
                  FROM org WHERE mkind = 'MUNICIPALITY' GROUP BY 1) m
          LEFT JOIN (SELECT NULLIF(a, '') AS code, n FROM c WHERE f = 'group') x
            ON x.code IS NOT DISTINCT FROM m.code) t)
    )::text AS figures`;

/**
 * `countryFigures` (compute.ts) for one country, counted by PostgreSQL: only the partnerships
 * with a partner in it are read. A partner is in the country through its place, or (without a
 * place) as the country itself.
 */
async function readCountryFigures(db: DbOrTx, code: string): Promise<CountryFigures> {
  const rows = await db.$queryRaw<{ kind: string; mkind: MemberKind | null; n: number }[]>`
    WITH inside AS (
      SELECT x."partnershipId" AS "id" FROM "PartnershipPartner" x JOIN "Place" pl ON pl."id" = x."placeId"
       WHERE pl."countryCode" = ${code}
      UNION
      SELECT x."partnershipId" FROM "PartnershipPartner" x WHERE x."placeId" IS NULL AND x."countryCode" = ${code}),
    cur AS MATERIALIZED (
      SELECT p."id", p."kind"::text AS kind, p."kind" IN (${TWIN_KINDS}) AS twin
        FROM "Partnership" p JOIN inside USING ("id") WHERE ${PUBLIC_PARTNERSHIP} AND p."endedOn" IS NULL),
    part AS (
      SELECT DISTINCT c.kind, c.twin, o."id" AS org, o."kind"::text AS mkind
        FROM cur c
        JOIN "PartnershipParticipant" pp ON pp."partnershipId" = c."id" AND ${PUBLIC_PARTICIPATION}
        JOIN "Organisation" o ON o."id" = pp."organisationId")
    SELECT kind, NULL AS mkind, COUNT(*)::int AS n FROM cur GROUP BY 1
    UNION ALL
    SELECT kind, mkind, COUNT(*)::int FROM part GROUP BY 1, 2
    UNION ALL
    SELECT 'TWIN_OR_PARTNERSHIP', mkind, COUNT(*)::int FROM (SELECT DISTINCT org, mkind FROM part WHERE twin) t GROUP BY 2`;
  const count = (kind: string, mkind: MemberKind | null) =>
    rows.find((r) => r.kind === kind && r.mkind === mkind)?.n ?? 0;
  return {
    code,
    partnerships: byKind((kind) => count(kind, null)),
    members: byMemberKind((mkind) => ({
      ...byKind((kind) => count(kind, mkind)),
      TWIN_OR_PARTNERSHIP: count("TWIN_OR_PARTNERSHIP", mkind),
    })),
  };
}
type Count = { n: number };
type Figures = {
  members: (Count & {
    mkind: MemberKind;
    twin: number;
    other: number;
    both: number;
    any: number;
    reported: number;
    reporting: number;
  })[];
  coordination: (Count & { mkind: MemberKind; code: string })[];
  kinds: (Count & {
    kind: PartnershipKindCode;
    known: number;
    ACTIVE: number;
    SPORADIC: number;
    DORMANT: number;
    UNKNOWN: number;
  })[];
  involving: (Count & { kind: PartnershipKindCode; mkind: MemberKind })[];
  countries: { twin: number; all: number };
  regions: (Count & { region: WorldRegionCode })[];
  twinWithRegion: number;
  withAreas: (Count & { grp: AreaGroup })[];
  areas: (Count & { grp: AreaGroup; code: string })[];
  funders: (Count & { kind: PartnershipKindCode; mkind: MemberKind })[];
  funding: (Count & { kind: PartnershipKindCode; mkind: MemberKind; code: string })[];
  top: {
    kind: PartnershipKindCode;
    mkind: MemberKind;
    code: string;
    name: string;
    slug: string;
    active: number;
    activeOrSporadic: number;
  }[];
  counties: { code: string; members: number; membersWithAny: number; partnerships: number }[];
  groups: { code: string | null; members: number; membersWithAny: number; partnerships: number }[];
};

async function readFigures(db: DbOrTx): Promise<Figures> {
  const [row] = await db.$queryRaw<{ figures: string }[]>(FIGURES_QUERY);
  return JSON.parse(row!.figures) as Figures;
}

/** The plan of the figures' statement as it ran (EXPLAIN ANALYZE), for scripts/bench-statistics.ts. */
export async function figuresPlan(db: DbOrTx): Promise<string> {
  const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
    Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${FIGURES_QUERY}`,
  );
  return rows.map((line) => line["QUERY PLAN"]).join("\n");
}

/**
 * The same figures as `computeStatistics(loadStatsDataset(db), { country })`, counted by
 * PostgreSQL. `country` must be an upper-case code of a known country (statistics-view.ts checks).
 */
export async function registryStatistics(
  db: DbOrTx,
  reference: StatsReference,
  options: { country?: string } = {},
  now = new Date(),
): Promise<Statistics> {
  const [f, country] = await Promise.all([
    readFigures(db),
    options.country ? readCountryFigures(db, options.country) : null,
  ]);
  const zero = { n: 0, twin: 0, other: 0, both: 0, any: 0, reported: 0, reporting: 0 };
  const members = byMemberKind((mkind) => f.members.find((m) => m.mkind === mkind) ?? { ...zero, mkind });
  const kindRow = byKind(
    (kind) =>
      f.kinds.find((k) => k.kind === kind) ?? {
        kind,
        n: 0,
        known: 0,
        ACTIVE: 0,
        SPORADIC: 0,
        DORMANT: 0,
        UNKNOWN: 0,
      },
  );
  const counts = <R extends Count>(rows: R[], key: (r: R) => string) =>
    new Map(rows.map((r) => [key(r), r.n]));

  const engagement = byMemberKind((mkind) => {
    const m = members[mkind];
    return {
      members: m.n,
      withTwinOrPartnership: m.twin,
      withOther: m.other,
      withBoth: m.both,
      withAny: m.any,
      withNone: m.n - m.any,
    };
  });
  const involving = (kind: PartnershipKindCode, mkind: MemberKind) =>
    f.involving.find((r) => r.kind === kind && r.mkind === mkind)?.n ?? 0;
  const kinds = byKind((kind) => ({
    total: kindRow[kind].n,
    byMunicipalities: involving(kind, "MUNICIPALITY"),
    byRegions: involving(kind, "REGION"),
  }));
  const activity = byKind((kind) => {
    const { ACTIVE, SPORADIC, DORMANT, UNKNOWN, n } = kindRow[kind];
    return { ACTIVE, SPORADIC, DORMANT, UNKNOWN, total: n } satisfies Record<
      ActivityLevelCode | "UNKNOWN",
      number
    > & {
      total: number;
    };
  });
  const twinOrPartnershipTotal = TWIN_OR_PARTNERSHIP.reduce((sum, kind) => sum + kindRow[kind].n, 0);
  const regionCount = (region: WorldRegionCode) => f.regions.find((r) => r.region === region)?.n ?? 0;
  const worldRegions = {
    NORDIC: regionCount("NORDIC"),
    REST_OF_EUROPE: regionCount("REST_OF_EUROPE"),
    REST_OF_WORLD: regionCount("REST_OF_WORLD"),
    UNKNOWN: twinOrPartnershipTotal - f.twinWithRegion,
  };

  const areaCodes = reference.areas.map((a) => a.code);
  const areas = Object.fromEntries(
    AREA_GROUPS.map((grp) => {
      const inGroup = PARTNERSHIP_KINDS.filter((kind) => (kind === "OTHER") === (grp === "OTHER"));
      return [
        grp,
        {
          partnerships: inGroup.reduce((sum, kind) => sum + kindRow[kind].n, 0),
          withAreas: f.withAreas.find((r) => r.grp === grp)?.n ?? 0,
          rows: rank(
            counts(
              f.areas.filter((r) => r.grp === grp),
              (r) => r.code,
            ),
            areaCodes,
          ),
        },
      ];
    }),
  ) as Statistics["areas"];

  const fundingCodes = reference.fundingForms.map((x) => x.code);
  const funding = byKind((kind) =>
    byMemberKind((mkind) => ({
      membersWithFunding: f.funders.find((r) => r.kind === kind && r.mkind === mkind)?.n ?? 0,
      rows: rank(
        counts(
          f.funding.filter((r) => r.kind === kind && r.mkind === mkind),
          (r) => r.code,
        ),
        fundingCodes,
      ),
    })),
  );

  const topMembers = byMemberKind((mkind) =>
    byKind((kind) =>
      topOf(
        f.top
          .filter((r) => r.mkind === mkind && r.kind === kind)
          .map((r) => ({
            code: r.code,
            name: r.name,
            slug: r.slug,
            kind: r.mkind,
            active: r.active,
            activeOrSporadic: r.activeOrSporadic,
          })),
      ),
    ),
  );

  const breakdown = (rows: Figures["counties"] | Figures["groups"]) =>
    new Map(rows.map(({ code, ...row }) => [code, row]));
  const coordination = byMemberKind((mkind) => ({
    members: members[mkind].n,
    membersReporting: members[mkind].reporting,
    rows: rank(
      counts(
        f.coordination.filter((r) => r.mkind === mkind),
        (r) => r.code,
      ),
      COORDINATION_FORMS,
    ),
  }));
  const coverageMembers = byMemberKind((mkind) => ({
    members: members[mkind].n,
    reported: members[mkind].reported,
  }));

  return {
    asOf: now.toISOString(),
    coverage: {
      members: coverageMembers,
      partnerships: {
        current: f.kinds.reduce((sum, k) => sum + k.n, 0),
        withKnownActivity: f.kinds.reduce((sum, k) => sum + k.known, 0),
      },
      complete: MEMBER_KINDS.every((k) => coverageMembers[k].reported === coverageMembers[k].members),
    },
    engagement,
    kinds,
    activity,
    countries: { twinOrPartnership: f.countries.twin, all: f.countries.all },
    worldRegions,
    areas,
    funding,
    topMembers,
    byCounty: countyBreakdown(reference.counties, breakdown(f.counties)),
    byMunicipalityGroup: groupBreakdown(reference.municipalityGroups, breakdown(f.groups)),
    coordination,
    twinOrPartnershipTotal,
    municipalitiesWithTwinOrPartnership: engagement.MUNICIPALITY.withTwinOrPartnership,
    country,
  };
}
