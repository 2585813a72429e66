// Synthetic partnerships for the benchmark (`npm run bench`), and only for it. The rows are
// invented, so this refuses every database but the benchmark's own: they must never reach a
// database that citizens' pages read. Each row says what it is in `source` and `description`.
import pg from "pg";
import { env } from "../../lib/env";
import { insertBatch, type InsertedCounts } from "./insert";
import { createPlanner, SYNTHETIC_SOURCE, type ReferenceData } from "./plan";
import { createRandom } from "./random";

export { SYNTHETIC_SOURCE } from "./plan";

/** The only database this module writes to; scripts/bench.ts creates it under this name. */
export const BENCH_DATABASE_NAME = "vanortsregistret_bench";
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);
const BATCH_SIZE = 10_000;

const databaseOf = (url: URL) => decodeURIComponent(url.pathname.replace(/^\//, ""));

/** Throws unless `databaseUrl` is the benchmark's database on this machine. */
function refuseUnlessBenchDatabase(databaseUrl: string) {
  const url = new URL(databaseUrl);
  if (databaseOf(url) !== BENCH_DATABASE_NAME) {
    throw new Error(`Synthetic data goes only into "${BENCH_DATABASE_NAME}", not into "${databaseOf(url)}"`);
  }
  if (!LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`Synthetic data goes only into the benchmark's local database, not to ${url.hostname}`);
  }
  // The app's configured server is real data by definition, whatever its database is called.
  const configured = env().DATABASE_URL;
  if (configured) {
    const app = new URL(configured);
    if (app.hostname === url.hostname && app.port === url.port && databaseOf(app) === databaseOf(url)) {
      throw new Error("Refusing to write synthetic data into the database DATABASE_URL names");
    }
  }
}

async function loadReferenceData(client: pg.ClientBase): Promise<ReferenceData> {
  const values = async <T>(sql: string) =>
    (await client.query<{ value: T }>(sql)).rows.map((row) => row.value);
  // Swedish places are left out: a kommun's partner abroad is abroad.
  const places = await client.query<{
    id: number;
    region: keyof ReferenceData["placesByRegion"];
    icld: boolean;
  }>(
    `SELECT p."id", c."worldRegion" AS region, EXISTS (SELECT 1 FROM "IcldEligibility" e WHERE e."countryCode" = p."countryCode") AS icld
     FROM "Place" p JOIN "Country" c ON c."code" = p."countryCode"
     WHERE p."countryCode" <> 'SE'
     ORDER BY p."population" DESC, p."id"`,
  );
  const placesByRegion: ReferenceData["placesByRegion"] = {
    NORDIC: [],
    REST_OF_EUROPE: [],
    REST_OF_WORLD: [],
  };
  for (const place of places.rows) placesByRegion[place.region].push(place.id);
  return {
    organisationIds: await values<number>(`SELECT "id" AS value FROM "Organisation" ORDER BY "id"`),
    placesByRegion,
    icldPlaces: places.rows.filter((place) => place.icld).map((place) => place.id),
    countryCodes: await values<string>(
      `SELECT "code" AS value FROM "Country" WHERE "code" <> 'SE' ORDER BY "code"`,
    ),
    networkIds: await values<number>(`SELECT "id" AS value FROM "Network" ORDER BY "id"`),
    areaCodes: await values<string>(
      `SELECT "code" AS value FROM "CooperationArea" ORDER BY "position", "code"`,
    ),
    fundingCodes: await values<string>(
      `SELECT "code" AS value FROM "FundingForm" ORDER BY "position", "code"`,
    ),
  };
}

/**
 * Replaces the benchmark database's synthetic partnerships with `count` new ones, the same
 * for the same seed, in one transaction: a run that fails leaves the previous set in place.
 */
export async function generateSyntheticPartnerships(
  databaseUrl: string,
  {
    count = 100_000,
    seed = 1,
    log = console.log,
  }: { count?: number; seed?: number; log?: (message: string) => void } = {},
): Promise<InsertedCounts & { removed: number; seconds: number }> {
  refuseUnlessBenchDatabase(databaseUrl);
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>("SELECT current_database() AS name");
    if (rows[0]?.name !== BENCH_DATABASE_NAME)
      throw new Error(`Connected to "${rows[0]?.name}", not to "${BENCH_DATABASE_NAME}"`);

    const plan = createPlanner(createRandom(seed), await loadReferenceData(client));
    const counts: InsertedCounts = {
      partnerships: 0,
      participants: 0,
      partners: 0,
      areas: 0,
      fundingForms: 0,
    };
    await client.query("BEGIN");
    // Participants, partners, areas and funding go with their partnership (ON DELETE CASCADE).
    const removed = await client.query(`DELETE FROM "Partnership" WHERE "source" = $1`, [SYNTHETIC_SOURCE]);
    for (let first = 0; first < count; first += BATCH_SIZE) {
      const size = Math.min(BATCH_SIZE, count - first);
      await insertBatch(
        client,
        Array.from({ length: size }, (_, i) => plan(first + i)),
        counts,
      );
      log(
        `  ${counts.partnerships.toLocaleString("sv-SE")} / ${count.toLocaleString("sv-SE")} synthetic partnerships`,
      );
    }
    await client.query("COMMIT");
    // Fresh statistics, or the planner keeps the plans it chose for nearly empty tables.
    await client.query(
      `ANALYZE "Partnership", "PartnershipParticipant", "PartnershipPartner", "PartnershipArea", "PartnershipFunding"`,
    );
    return { ...counts, removed: removed.rowCount ?? 0, seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
