// GET /api/v1/statistics?land=&omgang=: the /statistik figures as JSON (the registry now, or a closed inventory round's snapshot), with the historical rounds and optionally one country's counts.
import { jsonWithEtag } from "@/lib/api/http";
import { problem } from "@/lib/api/problem";
import { statisticsSchema } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import { computeStatistics } from "@/lib/stats/compute";
import { HISTORICAL_ROUNDS } from "@/lib/stats/history";
import { loadStatsDataset } from "@/lib/stats/load-dataset";
import { COUNTRY_PARAM, ROUND_PARAM, roundDataset } from "@/lib/stats/statistics-view";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const country = url.searchParams.get(COUNTRY_PARAM)?.trim().toUpperCase() || undefined;
  const roundParam = url.searchParams.get(ROUND_PARAM)?.trim() || undefined;
  const round = roundParam ? await roundDataset(db(), roundParam) : undefined;
  if (roundParam && !round) return problem(400, "Bad Request", `${ROUND_PARAM}=${roundParam.slice(0, 10)} is not a closed inventory round.`, url.pathname);
  const dataset = round?.dataset ?? (await loadStatsDataset(db()));
  if (country && !dataset.countries.some((c) => c.code === country)) {
    return problem(400, "Bad Request", `${COUNTRY_PARAM}=${country.slice(0, 10)} is not an ISO 3166-1 alpha-2 country code the registry knows.`, url.pathname);
  }
  const stats = computeStatistics(dataset, { country });
  // The schema leaves out `asOf`, which changes every request: the ETag changes only when the figures do.
  return jsonWithEtag(request, statisticsSchema.parse({ ...stats, historicalRounds: HISTORICAL_ROUNDS }));
}
