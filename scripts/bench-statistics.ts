// The registry's statistics at volume, without a server: the figures as PostgreSQL reads them
// from the counters the writes keep (lib/stats/registry-statistics.ts, what /statistik and
// /api/v1/statistics compute once per data version) against the dataset read plus
// `computeStatistics` in JavaScript (what they did before, and what a closed round's frozen
// dataset still goes through), each run after the data version moved, on the benchmark's
// database (.data/bench, as `npm run bench`). Checks that both give the same figures, and prints
// the plan of the figures' statement (EXPLAIN ANALYZE).
//   npx tsx scripts/bench-statistics.ts [--rows 100000] [--runs 3] [--country FI] [--plan]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/database/client";
import { computeStatistics } from "../lib/stats/compute";
import { loadStatsDataset } from "../lib/stats/load-dataset";
import { figuresPlan, loadStatsReference, registryStatistics } from "../lib/stats/registry-statistics";
import { BENCH_DIR, count, prepareBenchDatabase, query, runBenchmark } from "./bench-support";

const { values: flags } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    runs: { type: "string", default: "3" },
    country: { type: "string", default: "FI" },
    plan: { type: "boolean", default: false },
  },
});
const rows = Number(flags.rows);
const runs = Number(flags.runs);
if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(runs) || runs < 1)
  throw new Error("--rows and --runs need whole numbers above 0");
const country = String(flags.country).toUpperCase();

const ms = (from: number) => Math.round(performance.now() - from);

/**
 * CPU time (ms) the benchmark's PostgreSQL server processes have used so far: the postmaster's
 * children, read from /proc (Linux). Wall-clock times on a shared machine swing with its load;
 * CPU time says what the work costs.
 */
function postgresCpuMs(dataDir: string): number {
  const postmaster = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]!.trim();
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      // Fields after the command name: state ppid … utime (14th field) stime (15th).
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (fields[1] === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}
const withoutAsOf = <T extends { asOf: string }>({ asOf: _asOf, ...rest }: T) => rest;

async function main() {
  const url = await prepareBenchDatabase(rows);
  const db = createPrismaClient(url);
  try {
    const [{ n } = { n: 0 }] = await query<{ n: number }>(
      url,
      `SELECT count(*)::int AS n FROM "Partnership" WHERE "removedAt" IS NULL AND "endedOn" IS NULL`,
    );
    console.log(`${count(n)} partnerships not ended or removed`);
    // The time a statement spends in PostgreSQL alone, and the process's CPU time for the rest.
    for (let run = 1; run <= runs; run++) {
      await query(url, `UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1`);
      const dataDir = path.join(BENCH_DIR, "postgres");
      let pgCpu = postgresCpuMs(dataDir);
      let started = performance.now();
      const cpu = process.cpuUsage();
      const reference = await loadStatsReference(db);
      const sql = await registryStatistics(db, reference);
      const sqlMs = ms(started);
      const sqlCpu = process.cpuUsage(cpu);
      const sqlPgCpu = postgresCpuMs(dataDir) - pgCpu;
      started = performance.now();
      const withCountry = await registryStatistics(db, reference, { country });
      const sqlCountryMs = ms(started);

      pgCpu = postgresCpuMs(dataDir);
      started = performance.now();
      const cpuBefore = process.cpuUsage();
      const dataset = await loadStatsDataset(db);
      const readMs = ms(started);
      const readPgCpu = postgresCpuMs(dataDir) - pgCpu;
      started = performance.now();
      const js = computeStatistics(dataset);
      const jsCountry = computeStatistics(dataset, { country });
      const computeMs = ms(started);
      const jsCpu = process.cpuUsage(cpuBefore);

      const same =
        isDeepStrictEqual(withoutAsOf(sql), withoutAsOf(js)) &&
        isDeepStrictEqual(withoutAsOf(withCountry), withoutAsOf(jsCountry));
      const cpuMs = (u: NodeJS.CpuUsage) => Math.round((u.user + u.system) / 1000);
      console.log(
        `run ${run}: in SQL ${sqlMs} ms (CPU: PostgreSQL ${sqlPgCpu} ms, app ${cpuMs(sqlCpu)} ms), with ?land=${country} ${sqlCountryMs} ms; ` +
          `before: dataset read ${readMs} ms + computeStatistics ${computeMs} ms (CPU: PostgreSQL ${readPgCpu} ms, app ${cpuMs(jsCpu)} ms); ` +
          `same figures: ${same ? "yes" : "NO"}`,
      );
      if (!same) throw new Error("The figures differ between PostgreSQL and computeStatistics");
    }
    if (flags.plan) {
      console.log(await figuresPlan(db));
    }
  } finally {
    await db.$disconnect();
  }
}

await runBenchmark("bench-statistics", main, 20 * 60_000);
