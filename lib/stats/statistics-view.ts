// What /statistik and its CSV downloads need: the dataset (the registry now, or a closed
// inventory round's frozen snapshot), the figures, the tables, and the chosen country (the
// `land` URL parameter, as on the directory pages) and round (`omgang`).
import { registryDataVersion, VersionedCache } from "../cache/data-version-cache";
import type { Database } from "../database/client";
import { FILTER_PARAMS } from "../directory/types";
import type { Locale } from "../i18n/config";
import type { I18n } from "../i18n/server";
import { computeStatistics, type Statistics } from "./compute";
import { statsDatasetSchema, type StatsDataset } from "./dataset";
import { loadStatsReference, registryStatistics, type StatsReference } from "./registry-statistics";
import { statisticsTables, type RoundTrend } from "./tables";
import { parseRecordId } from "../validation/record-id";

export const COUNTRY_PARAM = FILTER_PARAMS.country;
export const ROUND_PARAM = "omgang";

export type StatisticsSelection = { country?: string; round?: string };

/** The closed rounds a reader can choose, newest first. */
export function listClosedRounds(db: Database) {
  return db.inventoryRound.findMany({
    where: { status: "CLOSED" },
    select: { id: true, name: true, closedAt: true },
    orderBy: { closedAt: "desc" },
  });
}

// The registry's figures are counted by PostgreSQL (registry-statistics.ts) and kept, with the
// reference data they are named by, until its data changes (lib/cache); a closed round's
// snapshot is frozen, so its parsed dataset and the figures computed from it (compute.ts) are
// kept as long as the cache holds them.
const datasets = new VersionedCache<StatsDataset | undefined>(4);
const references = new VersionedCache<StatsReference>(1);
const figures = new VersionedCache<Statistics>(16);
const CURRENT = "now";

/** The frozen dataset of a closed round, or undefined when `param` names none. */
async function roundDataset(
  db: Database,
  param: string,
): Promise<{ id: number; name: string; dataset: StatsDataset; version: string } | undefined> {
  const id = parseRecordId(param);
  if (id === null) return undefined;
  const round = await db.inventoryRound.findFirst({
    where: { id, status: "CLOSED" },
    select: { id: true, name: true, closedAt: true },
  });
  if (!round) return undefined;
  const version = `closed ${round.closedAt?.toISOString()}`;
  const dataset = await datasets.get(`round ${round.id}`, version, async () => {
    const { snapshot } = await db.inventoryRound.findUniqueOrThrow({
      where: { id: round.id },
      select: { snapshot: true },
    });
    return snapshot ? statsDatasetSchema.parse(snapshot) : undefined;
  });
  return dataset ? { id: round.id, name: round.name, dataset, version } : undefined;
}

/**
 * The dataset and figures of a selection: the registry now, or a closed round (`omgang`), for
 * all countries or one (`land`). A value that names no country or closed round is returned as
 * `invalidCountry` / `invalidRound`, so the page can say so and the API refuse it.
 */
export async function statisticsOf(db: Database, selection: StatisticsSelection) {
  const roundParam = selection.round?.trim() || undefined;
  const round = roundParam ? await roundDataset(db, roundParam) : undefined;
  const source = round ? `round ${round.id}` : CURRENT;
  const version = round?.version ?? (await registryDataVersion(db));
  const dataset: StatsReference =
    round?.dataset ?? (await references.get(CURRENT, version, () => loadStatsReference(db)));
  const requested = selection.country?.trim().toUpperCase() || undefined;
  const country = requested && dataset.countries.some((c) => c.code === requested) ? requested : undefined;
  const cached = await figures.get(`${source} ${country ?? ""}`, version, async () =>
    round ? computeStatistics(round.dataset, { country }) : registryStatistics(db, dataset, { country }),
  );
  // The registry's figures hold until its data changes: they are as of now, not of when computed.
  const stats = round ? cached : { ...cached, asOf: new Date().toISOString() };
  return {
    dataset,
    stats,
    country,
    round: round ? { id: round.id, name: round.name } : undefined,
    /** A `land` value that names no country, so the page can say so. */
    invalidCountry: requested && !country ? requested : undefined,
    /** An `omgang` value that names no closed round. */
    invalidRound: roundParam && !round ? roundParam : undefined,
  };
}

/** The closed rounds, oldest first, with the figures the trend shows (each from its frozen snapshot, cached). */
async function closedRoundTrend(db: Database): Promise<RoundTrend[]> {
  const rounds = (await listClosedRounds(db)).reverse();
  return Promise.all(
    rounds.map(async (round) => {
      const { stats } = await statisticsOf(db, { round: String(round.id) });
      return {
        id: round.id,
        name: round.name,
        closedAt: (round.closedAt ?? new Date()).toISOString(),
        twinOrPartnershipTotal: stats.twinOrPartnershipTotal,
        municipalitiesWithTwinOrPartnership: stats.municipalitiesWithTwinOrPartnership,
      };
    }),
  );
}

export async function loadStatisticsView(
  db: Database,
  i18n: Pick<I18n, "t">,
  locale: Locale,
  selection: StatisticsSelection,
) {
  const [statistics, rounds] = await Promise.all([statisticsOf(db, selection), closedRoundTrend(db)]);
  // A closed round's page shows the trend up to that round; the registry's page up to today.
  const upToRound = statistics.round
    ? rounds.slice(0, rounds.findIndex((r) => r.id === statistics.round!.id) + 1)
    : rounds;
  return {
    ...statistics,
    tables: statisticsTables(
      statistics.stats,
      statistics.dataset,
      { ...i18n, locale },
      upToRound,
      !statistics.round,
    ),
  };
}
