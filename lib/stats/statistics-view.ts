// What /statistik and its CSV downloads need: the dataset, the figures, the tables, and the
// chosen country (the `land` URL parameter, as on the directory pages).
import type { Database } from "../database/client";
import { FILTER_PARAMS } from "../directory/types";
import type { Locale } from "../i18n/config";
import type { I18n } from "../i18n/server";
import { computeStatistics } from "./compute";
import { loadStatsDataset } from "./load-dataset";
import { statisticsTables } from "./tables";

export const COUNTRY_PARAM = FILTER_PARAMS.country;

export async function loadStatisticsView(db: Database, i18n: Pick<I18n, "t">, locale: Locale, countryParam: string | undefined) {
  const dataset = await loadStatsDataset(db);
  const requested = countryParam?.trim().toUpperCase() || undefined;
  const country = requested && dataset.countries.some((c) => c.code === requested) ? requested : undefined;
  const stats = computeStatistics(dataset, { country });
  return {
    dataset,
    stats,
    tables: statisticsTables(stats, dataset, { ...i18n, locale }),
    country,
    /** A `land` value that names no country, so the page can say so. */
    invalidCountry: requested && !country ? requested : undefined,
  };
}
