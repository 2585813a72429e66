// `npm run bench:first`: the first request of each public route after a write, on the benchmark's
// database (100,000 synthetic partnerships, as `npm run bench`), and where its time goes. For each
// route, `--runs` times: one request (so the route's code is loaded and nothing else is cold),
// then the data version moves (as any write moves it: every cached public read is stale), then
// the timed request. With `--explain <ms>` PostgreSQL logs every statement slower than that, with
// its plan (auto_explain, buffers and timing), to .data/bench/first-request-postgres.log, so a
// slow first request can be traced to its queries; the settings are taken off again at the end.
//   npm run bench:first -- [--runs 3] [--skip-build] [--explain 20] [--route /kommuner ...]
import { createWriteStream } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  BENCH_DIR,
  BUILD_TIMEOUT_MS,
  buildApp,
  count,
  prepareBenchDatabase,
  query,
  runBenchmark,
  startServer,
  stopDatabases,
} from "./bench-support";
import { BENCH_DATABASE_NAME } from "./synthetic/generate";

// The routes of `npm run bench` but /statistik (the statistics have their own work), with the
// busiest member and partner place of the 100,000-partnership database.
const DEFAULT_ROUTES = [
  "/kommun/umea",
  "/kommun/norrtalje",
  "/kommuner",
  "/samarbeten",
  "/samarbeten?typ=vanort&land=fi",
  "/land/fi",
  "/ort/2618425",
  "/api/v1/partnerships",
  "/api/v1/partnerships?typ=vanort&antal=500",
];

const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    explain: { type: "string" },
    route: { type: "string", multiple: true },
    "skip-build": { type: "boolean", default: false },
  },
});
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs needs a whole number above 0`);
const explainMs = flags.explain === undefined ? undefined : Number(flags.explain);
if (explainMs !== undefined && !(explainMs >= 0)) throw new Error(`--explain needs milliseconds`);
const routes = flags.route?.length ? flags.route : DEFAULT_ROUTES;

const touchData = (url: string) =>
  query(url, `UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1`);

async function timed(url: string): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    headers: { "accept-encoding": "gzip" },
    signal: AbortSignal.timeout(120_000),
  });
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, status: response.status, bytes };
}

// Statement logging for the benchmark database's new sessions (the app's pool opens its own).
const EXPLAIN_SETTINGS = [
  "log_min_duration_statement",
  "session_preload_libraries",
  "auto_explain.log_min_duration",
  "auto_explain.log_analyze",
  "auto_explain.log_buffers",
  "auto_explain.log_nested_statements",
];
async function setExplain(url: string, ms: number | undefined) {
  const database = `"${BENCH_DATABASE_NAME}"`;
  if (ms === undefined) {
    for (const setting of EXPLAIN_SETTINGS) await query(url, `ALTER DATABASE ${database} RESET ${setting}`);
    return;
  }
  await query(url, `ALTER DATABASE ${database} SET log_min_duration_statement = ${ms}`);
  await query(url, `ALTER DATABASE ${database} SET session_preload_libraries = 'auto_explain'`);
  await query(url, `ALTER DATABASE ${database} SET auto_explain.log_min_duration = ${ms}`);
  await query(url, `ALTER DATABASE ${database} SET auto_explain.log_analyze = on`);
  await query(url, `ALTER DATABASE ${database} SET auto_explain.log_buffers = on`);
  await query(url, `ALTER DATABASE ${database} SET auto_explain.log_nested_statements = on`);
}

async function main() {
  const postgresLog = createWriteStream(path.join(BENCH_DIR, "first-request-postgres.log"));
  const url = await prepareBenchDatabase(100_000, path.join(BENCH_DIR, "postgres"), (line) =>
    postgresLog.write(`${line}\n`),
  );
  await buildApp(url, flags["skip-build"] ?? false);
  await setExplain(url, explainMs);
  const server = await startServer(url, "next-start-first.log");
  const results: { route: string; times: number[]; status: number; kib: number }[] = [];
  try {
    for (const route of routes) {
      const times: number[] = [];
      let status = 0;
      let kib = 0;
      for (let run = 0; run < runs; run++) {
        await timed(server.origin + route); // the route's code loaded, the pool open
        await touchData(url);
        postgresLog.write(`\n===== first request of ${route} (run ${run + 1}) =====\n`);
        const first = await timed(server.origin + route);
        times.push(first.ms);
        status = first.status;
        kib = first.bytes / 1024;
      }
      console.log(`  ${route}: ${times.map((t) => t.toFixed(0)).join(", ")} ms`);
      results.push({ route, times, status, kib });
    }
  } finally {
    await server.stop();
    if (explainMs !== undefined) await setExplain(url, undefined);
    await stopDatabases();
    postgresLog.end();
  }
  const width = Math.max(...results.map((r) => r.route.length));
  console.log(`\nFirst request after a write (${count(runs)} runs each; ms, best / median / worst):`);
  for (const r of results) {
    const sorted = [...r.times].sort((a, b) => a - b);
    const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
    console.log(
      `${r.route.padEnd(width)}  ${sorted[0]!.toFixed(0).padStart(6)} ${median.toFixed(0).padStart(6)} ` +
        `${sorted.at(-1)!.toFixed(0).padStart(6)}   ${r.status}, ${r.kib.toFixed(0)} KiB`,
    );
  }
  if (explainMs !== undefined)
    console.log(`\nStatements over ${explainMs} ms, with plans: .data/bench/first-request-postgres.log`);
}

await runBenchmark("The first-request benchmark", main, BUILD_TIMEOUT_MS + 30 * 60_000);
