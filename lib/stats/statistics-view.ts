// What /statistik and its CSV downloads need: the dataset (the registry now, or a closed
// inventory round's frozen snapshot), the figures, the tables, and the chosen country (the
// `land` URL parameter, as on the directory pages) and round (`omgang`).
import type { Database } from "../database/client";
import { FILTER_PARAMS } from "../directory/types";
import type { Locale } from "../i18n/config";
import type { I18n } from "../i18n/server";
import { computeStatistics } from "./compute";
import { statsDatasetSchema, type StatsDataset } from "./dataset";
import { loadStatsDataset } from "./load-dataset";
import { statisticsTables } from "./tables";

export const COUNTRY_PARAM = FILTER_PARAMS.country;
export const ROUND_PARAM = "omgang";

export type StatisticsSelection = { country?: string; round?: string };

/** The closed rounds a reader can choose, newest first. */
export function listClosedRounds(db: Database) {
  return db.inventoryRound.findMany({ where: { status: "CLOSED" }, select: { id: true, name: true, closedAt: true }, orderBy: { closedAt: "desc" } });
}

/** The frozen dataset of a closed round, or undefined when `param` names none. */
export async function roundDataset(db: Database, param: string): Promise<{ id: number; name: string; dataset: StatsDataset } | undefined> {
  if (!/^\d{1,9}$/.test(param)) return undefined;
  const round = await db.inventoryRound.findFirst({ where: { id: Number(param), status: "CLOSED" }, select: { id: true, name: true, snapshot: true } });
  return round?.snapshot ? { id: round.id, name: round.name, dataset: statsDatasetSchema.parse(round.snapshot) } : undefined;
}

export async function loadStatisticsView(db: Database, i18n: Pick<I18n, "t">, locale: Locale, selection: StatisticsSelection) {
  const roundParam = selection.round?.trim() || undefined;
  const round = roundParam ? await roundDataset(db, roundParam) : undefined;
  const dataset = round?.dataset ?? (await loadStatsDataset(db));
  const requested = selection.country?.trim().toUpperCase() || undefined;
  const country = requested && dataset.countries.some((c) => c.code === requested) ? requested : undefined;
  const stats = computeStatistics(dataset, { country });
  return {
    dataset,
    stats,
    tables: statisticsTables(stats, dataset, { ...i18n, locale }),
    country,
    round: round ? { id: round.id, name: round.name } : undefined,
    /** A `land` value that names no country, so the page can say so. */
    invalidCountry: requested && !country ? requested : undefined,
    /** An `omgang` value that names no closed round. */
    invalidRound: roundParam && !round ? roundParam : undefined,
  };
}
