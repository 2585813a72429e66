// The statistics as tables: what the page shows under each chart and what each CSV download
// holds, in the reader's language. One definition, so the chart, its table and its file agree.
import type { Locale } from "../i18n/config";
import { localisedName } from "../i18n/localised";
import { countyName, municipalityGroupName } from "../i18n/region-names";
import type { I18n } from "../i18n/server";
import { AREA_GROUPS, type AreaGroup, type Statistics, TWIN_OR_PARTNERSHIP } from "./compute";
import { type StatsDataset } from "./dataset";
import { HISTORICAL_ROUNDS } from "./history";
import type sv from "../i18n/messages/sv.json";
import { MEMBER_KINDS, PARTNERSHIP_KINDS, ACTIVITY_LEVELS, WORLD_REGIONS } from "../database/enums";

type ColumnKey = keyof typeof sv.statistics.columns;
type CoordinationKey = keyof typeof sv.statistics.coordination;

const TABLE_IDS = [
  "engagemang",
  "typer",
  "aktivitet",
  "lander",
  "varldsdelar",
  "omraden-vanort-partnerskap",
  "omraden-annat",
  "finansiering",
  "flest-aktiva",
  "lan",
  "kommungrupper",
  "samordning",
  "utveckling",
  "land",
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export function isTableId(value: string): value is TableId {
  return (TABLE_IDS as readonly string[]).includes(value);
}

export type ColumnType = "text" | "count" | "share";
export type Cell = string | number | null;
export type StatsTable = {
  id: TableId;
  title: string;
  /** What the figures count, shown under the title. */
  note?: string;
  columns: { label: string; type: ColumnType }[];
  rows: Cell[][];
  /** Which column the bar chart draws, and which text columns label each bar. */
  chart?: { valueColumn: number; labelColumns: number[] };
  /** Why the table has no rows, said instead of an empty table (only when `rows` is empty). */
  empty?: string;
  /** A warning on how far the figures can be compared, shown beside the table. */
  caveat?: string;
};

const share = (count: number, total: number) => (total > 0 ? count / total : null);
const AREA_TABLE: Record<AreaGroup, TableId> = {
  TWIN_OR_PARTNERSHIP: "omraden-vanort-partnerskap",
  OTHER: "omraden-annat",
};

/**
 * Why today's total is not yet comparable with the last survey's: the page says it both at the
 * top, with the coverage, and beside the trend.
 */
export function notComparable(stats: Pick<Statistics, "coverage">, t: I18n["t"]): string {
  const { members } = stats.coverage;
  const last = HISTORICAL_ROUNDS[HISTORICAL_ROUNDS.length - 1]!;
  return t("statistics.coverage.notComparable", {
    reported: members.MUNICIPALITY.reported + members.REGION.reported,
    members: members.MUNICIPALITY.members + members.REGION.members,
    surveyYear: last.year,
    surveyTotal: last.twinOrPartnershipTotal,
  });
}

/** A closed inventory round's place in the trend: its name, when it closed, and its figures. */
export type RoundTrend = {
  id: number;
  name: string;
  closedAt: string;
  twinOrPartnershipTotal: number;
  municipalitiesWithTwinOrPartnership: number;
};

export function statisticsTables(
  stats: Statistics,
  dataset: Pick<StatsDataset, "areas" | "fundingForms" | "countries">,
  { t, locale }: Pick<I18n, "t"> & { locale: Locale },
  closedRounds: readonly RoundTrend[] = [],
  /** False when `stats` are a closed round's: the trend then ends with that round, not "today". */
  statsAreCurrent = true,
): StatsTable[] {
  // Every table of the statistics, in page order; "land" only when a country is chosen.
  const areaName = new Map(dataset.areas.map((a) => [a.code, localisedName(a, locale)]));
  const fundingName = new Map(dataset.fundingForms.map((f) => [f.code, localisedName(f, locale)]));
  const kindLabel = (kind: (typeof PARTNERSHIP_KINDS)[number]) => t(`kind.${kind}.plural`);
  const memberLabel = (kind: (typeof MEMBER_KINDS)[number]) => t(`statistics.members.${kind}`);
  const c = (key: ColumnKey, type: ColumnType) => ({ label: t(`statistics.columns.${key}`), type });
  const collator = new Intl.Collator(locale);
  const { coverage } = stats;

  const tables: StatsTable[] = [];

  const measures = ["withAny", "withTwinOrPartnership", "withOther", "withBoth", "withNone"] as const;
  tables.push({
    id: "engagemang",
    title: t("statistics.tables.engagemang"),
    note: t("statistics.notes.engagemang"),
    columns: [
      c("measure", "text"),
      c("municipalities", "count"),
      c("shareOfMunicipalities", "share"),
      c("regions", "count"),
      c("shareOfRegions", "share"),
    ],
    rows: measures.map((m) => [
      t(`statistics.engagement.${m}`),
      stats.engagement.MUNICIPALITY[m],
      share(stats.engagement.MUNICIPALITY[m], stats.engagement.MUNICIPALITY.members),
      stats.engagement.REGION[m],
      share(stats.engagement.REGION[m], stats.engagement.REGION.members),
    ]),
    chart: { valueColumn: 2, labelColumns: [0] },
  });

  tables.push({
    id: "typer",
    title: t("statistics.tables.typer"),
    note: t("statistics.notes.typer"),
    columns: [
      c("kind", "text"),
      c("total", "count"),
      c("byMunicipalities", "count"),
      c("byRegions", "count"),
    ],
    rows: PARTNERSHIP_KINDS.map((k) => [
      kindLabel(k),
      stats.kinds[k].total,
      stats.kinds[k].byMunicipalities,
      stats.kinds[k].byRegions,
    ]),
    chart: { valueColumn: 1, labelColumns: [0] },
  });

  tables.push({
    id: "aktivitet",
    title: t("statistics.tables.aktivitet"),
    note: t("statistics.notes.aktivitet"),
    columns: [
      c("kind", "text"),
      c("activity", "text"),
      c("partnerships", "count"),
      c("shareOfKind", "share"),
    ],
    rows: PARTNERSHIP_KINDS.flatMap((k) =>
      [...ACTIVITY_LEVELS, "UNKNOWN" as const].map((level) => [
        kindLabel(k),
        t(`activity.${level}`),
        stats.activity[k][level],
        share(stats.activity[k][level], stats.activity[k].total),
      ]),
    ),
    chart: { valueColumn: 3, labelColumns: [0, 1] },
  });

  tables.push({
    id: "lander",
    title: t("statistics.tables.lander"),
    columns: [c("scope", "text"), c("countries", "count")],
    rows: [
      [t("statistics.scope.twinOrPartnership"), stats.countries.twinOrPartnership],
      [t("statistics.scope.all"), stats.countries.all],
    ],
  });

  tables.push({
    id: "varldsdelar",
    title: t("statistics.tables.varldsdelar"),
    note: t("statistics.notes.varldsdelar"),
    columns: [c("worldRegion", "text"), c("partnerships", "count")],
    rows: [
      ...WORLD_REGIONS.map((r) => [t(`worldRegion.${r}`), stats.worldRegions[r]] as Cell[]),
      [t("statistics.unknownCountry"), stats.worldRegions.UNKNOWN],
    ],
    chart: { valueColumn: 1, labelColumns: [0] },
  });

  for (const group of AREA_GROUPS) {
    const areas = stats.areas[group];
    tables.push({
      id: AREA_TABLE[group],
      title: t(`statistics.tables.${AREA_TABLE[group]}`),
      note: t("statistics.notes.omraden", { withAreas: areas.withAreas, partnerships: areas.partnerships }),
      columns: [c("area", "text"), c("partnerships", "count"), c("shareWithAreas", "share")],
      rows: areas.rows.map((r) => [areaName.get(r.code) ?? r.code, r.count, share(r.count, areas.withAreas)]),
      chart: { valueColumn: 2, labelColumns: [0] },
      empty: t("statistics.empty.omraden"),
    });
  }

  tables.push({
    id: "finansiering",
    title: t("statistics.tables.finansiering"),
    note: t("statistics.notes.finansiering"),
    columns: [
      c("kind", "text"),
      c("memberKind", "text"),
      c("funding", "text"),
      c("members", "count"),
      c("shareWithFunding", "share"),
    ],
    rows: PARTNERSHIP_KINDS.flatMap((k) =>
      MEMBER_KINDS.flatMap((m) => {
        const f = stats.funding[k][m];
        return f.rows.map((r) => [
          kindLabel(k),
          memberLabel(m),
          fundingName.get(r.code) ?? r.code,
          r.count,
          share(r.count, f.membersWithFunding),
        ]);
      }),
    ),
    empty: t("statistics.empty.finansiering"),
  });

  tables.push({
    id: "flest-aktiva",
    title: t("statistics.tables.flest-aktiva"),
    note: t("statistics.notes.flestAktiva"),
    columns: [
      c("memberKind", "text"),
      c("kind", "text"),
      c("member", "text"),
      c("active", "count"),
      c("activeOrSporadic", "count"),
    ],
    rows: MEMBER_KINDS.flatMap((m) =>
      PARTNERSHIP_KINDS.flatMap((k) =>
        stats.topMembers[m][k].map((x) => [
          memberLabel(m),
          kindLabel(k),
          x.name,
          x.active,
          x.activeOrSporadic,
        ]),
      ),
    ),
    // Nothing reported at all is another reason than nothing reported as active.
    empty:
      coverage.partnerships.withKnownActivity === 0
        ? t("statistics.empty.flestAktivaUnreported")
        : t("statistics.empty.flestAktiva"),
  });

  const breakdownColumns = (first: ColumnKey) => [
    c(first, "text"),
    c("members", "count"),
    c("membersWithAny", "count"),
    c("shareWithAny", "share"),
    c("partnerships", "count"),
  ];
  tables.push({
    id: "lan",
    title: t("statistics.tables.lan"),
    note: t("statistics.notes.lan"),
    columns: breakdownColumns("county"),
    // Named in the reader's language ("Västerbotten County"), then ordered by that name.
    rows: stats.byCounty
      .map((r) => ({ ...r, name: countyName({ code: r.code ?? "", name: r.name }, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((r) => [r.name, r.members, r.membersWithAny, share(r.membersWithAny, r.members), r.partnerships]),
    chart: { valueColumn: 4, labelColumns: [0] },
  });
  tables.push({
    id: "kommungrupper",
    title: t("statistics.tables.kommungrupper"),
    note: t("statistics.notes.kommungrupper"),
    columns: breakdownColumns("municipalityGroup"),
    // Until the kommungrupper are imported every kommun is in "no group": a row that only
    // repeats the national figure, so the table says why it is empty instead.
    rows: stats.byMunicipalityGroup.every((r) => r.code === null)
      ? []
      : stats.byMunicipalityGroup.map((r) => [
          r.code
            ? `${r.code} ${municipalityGroupName({ code: r.code, name: r.name }, locale)}`
            : t("statistics.noGroup"),
          r.members,
          r.membersWithAny,
          share(r.membersWithAny, r.members),
          r.partnerships,
        ]),
    chart: { valueColumn: 3, labelColumns: [0] },
    empty: t("statistics.empty.kommungrupper"),
  });

  tables.push({
    id: "samordning",
    title: t("statistics.tables.samordning"),
    note: t("statistics.notes.samordning"),
    columns: [
      c("memberKind", "text"),
      c("coordination", "text"),
      c("members", "count"),
      c("shareReporting", "share"),
    ],
    rows: MEMBER_KINDS.flatMap((m) =>
      stats.coordination[m].rows.map((r) => [
        memberLabel(m),
        t(`statistics.coordination.${r.code as CoordinationKey}`),
        r.count,
        share(r.count, stats.coordination[m].membersReporting),
      ]),
    ),
    chart: { valueColumn: 2, labelColumns: [0, 1] },
    empty: t("statistics.empty.samordning"),
  });

  tables.push({
    id: "utveckling",
    title: t("statistics.tables.utveckling"),
    note: t("statistics.notes.utveckling"),
    columns: [
      c("round", "text"),
      c("twinOrPartnershipTotal", "count"),
      c("municipalitiesWithTwinOrPartnership", "count"),
      c("source", "text"),
    ],
    rows: [
      ...HISTORICAL_ROUNDS.map((r) => [
        String(r.year),
        r.twinOrPartnershipTotal,
        r.municipalitiesWithTwinOrPartnership,
        t("statistics.historicalSource", { ...r.citation }),
      ]),
      ...closedRounds.map((r) => [
        r.name,
        r.twinOrPartnershipTotal,
        r.municipalitiesWithTwinOrPartnership,
        t("statistics.roundSource", { name: r.name, date: r.closedAt.slice(0, 10) }),
      ]),
      ...(statsAreCurrent
        ? [
            [
              t("statistics.registryNow"),
              stats.twinOrPartnershipTotal,
              stats.municipalitiesWithTwinOrPartnership,
              t("statistics.registrySource", { date: stats.asOf.slice(0, 10) }),
            ],
          ]
        : []),
    ],
    chart: { valueColumn: 1, labelColumns: [0] },
    caveat: coverage.complete ? undefined : notComparable(stats, t),
  });

  if (stats.country) {
    const country = dataset.countries.find((x) => x.code === stats.country!.code);
    const figures = stats.country;
    const scopes = [...PARTNERSHIP_KINDS, "TWIN_OR_PARTNERSHIP"] as const;
    tables.push({
      id: "land",
      title: t("statistics.tables.land", { country: localisedName(country, locale) ?? figures.code }),
      columns: [
        c("kind", "text"),
        c("partnerships", "count"),
        c("municipalities", "count"),
        c("regions", "count"),
      ],
      rows: scopes.map((s) => [
        s === "TWIN_OR_PARTNERSHIP" ? t("statistics.scope.twinOrPartnership") : kindLabel(s),
        s === "TWIN_OR_PARTNERSHIP"
          ? TWIN_OR_PARTNERSHIP.reduce((sum, k) => sum + figures.partnerships[k], 0)
          : figures.partnerships[s],
        figures.members.MUNICIPALITY[s],
        figures.members.REGION[s],
      ]),
    });
  }
  return tables;
}
