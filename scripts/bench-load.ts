// `npm run bench:load`: how the site holds up under many clients at once. 200 concurrent
// connections for 60 s over a mix of public pages and /api/v1 routes, then the same load on a
// small static file of the same server (public/map/LICENSE-world-atlas.txt), so the mix's figures can be read
// against what the server does at best on this machine. Same database and build as `npm run
// bench` (scripts/bench-support.ts): --rows 0 (the default) is the real seed alone in
// .data/bench/seed-postgres; --rows 100000 the benchmark's synthetic registry in .data/bench/postgres.
//   npm run bench:load -- [--connections 200] [--duration 60] [--rows 0] [--skip-build]
// Prints requests/s, p50/p99 latency, errors (connection errors and time-outs), non-2xx answers,
// and the mix's requests/s as a share of the static file's.
import { createRequire } from "node:module";
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
} from "./bench-support";

const { values: flags } = parseArgs({
  options: {
    connections: { type: "string", default: "200" },
    duration: { type: "string", default: "60" },
    rows: { type: "string", default: "0" },
    "skip-build": { type: "boolean", default: false },
  },
});
function wholeNumber(name: "connections" | "duration" | "rows", min: number): number {
  const value = Number(flags[name]);
  if (!Number.isInteger(value) || value < min) throw new Error(`--${name} needs a whole number ≥ ${min}`);
  return value;
}
const options = {
  connections: wholeNumber("connections", 1),
  duration: wholeNumber("duration", 1),
  rows: wholeNumber("rows", 0),
  skipBuild: flags["skip-build"] ?? false,
};

// autocannon ships no type declarations; this is the part of its API used here.
type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
};
type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration: number;
    timeout: number;
    headers: Record<string, string>;
    requests?: { path: string }[];
  },
  done: (error: Error | null, result: AutocannonResult) => void,
) => unknown;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const HEADERS = { "accept-encoding": "gzip" };

function load(url: string, requests?: { path: string }[]) {
  return new Promise<AutocannonResult>((resolve, reject) =>
    autocannon(
      {
        url,
        connections: options.connections,
        duration: options.duration,
        timeout: 30,
        headers: HEADERS,
        requests,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

/** The mix: what visitors and open-data clients ask for most, each connection cycling through it. */
async function mixPaths(url: string): Promise<string[]> {
  const [partnership] = await query<{ id: number }>(
    url,
    `SELECT id FROM "Partnership" WHERE "removedAt" IS NULL ORDER BY id LIMIT 1`,
  );
  return [
    "/",
    "/kommun/umea",
    "/kommuner",
    "/samarbeten",
    "/en/samarbeten?typ=vanort",
    "/statistik",
    "/api/v1/organisations",
    "/api/v1/partnerships?antal=100",
    `/api/v1/partnerships/${partnership?.id ?? 1}`,
    "/api/v1/places?q=Vasa",
    "/api/v1/statistics",
    "/api/v1/map?typ=vanort",
  ];
}

// A small file from public/ (the proxy passes .txt files by; a .md would be taken for a page).
const STATIC_PATH = "/map/LICENSE-world-atlas.txt";

async function warmUp(origin: string, paths: string[]) {
  for (const p of paths) await fetch(origin + p, { headers: HEADERS }).then((r) => r.arrayBuffer());
}

function row(name: string, r: AutocannonResult) {
  const statuses = Object.entries(r.statusCodeStats)
    .map(([code, s]) => `${code}×${s.count}`)
    .join(" ");
  return [
    name,
    r.requests.average.toFixed(1),
    count(r.requests.total),
    String(r.latency.p50),
    String(r.latency.p99),
    String(r.errors),
    String(r.timeouts),
    String(r.non2xx),
    statuses,
  ];
}

function printTable(rows: string[][]) {
  const header = [
    "load",
    "req/s",
    "answers",
    "p50 ms",
    "p99 ms",
    "errors",
    "timeouts",
    "non-2xx",
    "statuses",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r.map((cell, i) => (i === 0 || i === 8 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

async function main() {
  const dir = options.rows === 0 ? path.join(BENCH_DIR, "seed-postgres") : path.join(BENCH_DIR, "postgres");
  const url = await prepareBenchDatabase(options.rows, dir);
  const [{ n }] = (await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "Partnership"`)) as [
    { n: number },
  ];
  console.log(`Database: ${count(n)} partnerships`);
  await buildApp(url, options.skipBuild);
  const { origin } = await startServer(url, "next-start-load.log");
  const paths = await mixPaths(url);
  await warmUp(origin, [...paths, STATIC_PATH]);

  console.log(`Mix of ${paths.length} routes: ${options.connections} connections for ${options.duration} s`);
  const mix = await load(
    origin,
    paths.map((p) => ({ path: p })),
  );
  // Let the server finish what autocannon left open before the static run.
  await new Promise((resolve) => setTimeout(resolve, 5000));
  console.log(`Static file ${STATIC_PATH}: ${options.connections} connections for ${options.duration} s`);
  const staticFile = await load(origin + STATIC_PATH);

  console.log("");
  printTable([row("mix", mix), row("static file", staticFile)]);
  console.log(
    `\nThe mix answers ${((mix.requests.average / staticFile.requests.average) * 100).toFixed(1)} % of the ` +
      `static file's requests/s (${mix.requests.average.toFixed(0)} vs ${staticFile.requests.average.toFixed(0)}).`,
  );
  console.log(`Routes of the mix: ${paths.join(" ")}`);
}

await runBenchmark("The load benchmark", main, BUILD_TIMEOUT_MS + 10 * 60_000 + 4 * options.duration * 1000);
