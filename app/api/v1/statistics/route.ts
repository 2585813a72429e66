// GET /api/v1/statistics?land=&omgang=: the /statistik figures as JSON (the registry now, or a closed inventory round's snapshot), with the historical rounds and optionally one country's counts.
import { jsonWithEtag } from "@/lib/api/http";
import { problem } from "@/lib/api/problem";
import { statisticsSchema } from "@/lib/api/schemas";
import { db } from "@/lib/db";
import { HISTORICAL_ROUNDS } from "@/lib/stats/history";
import { COUNTRY_PARAM, ROUND_PARAM, statisticsOf } from "@/lib/stats/statistics-view";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const { stats, invalidRound, invalidCountry } = await statisticsOf(db(), {
    country: url.searchParams.get(COUNTRY_PARAM) ?? undefined,
    round: url.searchParams.get(ROUND_PARAM) ?? undefined,
  });
  if (invalidRound)
    return problem(
      400,
      "Bad Request",
      `${ROUND_PARAM}=${invalidRound.slice(0, 10)} is not a closed inventory round.`,
      url.pathname,
    );
  if (invalidCountry) {
    return problem(
      400,
      "Bad Request",
      `${COUNTRY_PARAM}=${invalidCountry.slice(0, 10)} is not an ISO 3166-1 alpha-2 country code the registry knows.`,
      url.pathname,
    );
  }
  // The schema leaves out `asOf`, which changes every request: the ETag changes only when the figures do.
  return jsonWithEtag(request, statisticsSchema.parse({ ...stats, historicalRounds: HISTORICAL_ROUNDS }));
}
