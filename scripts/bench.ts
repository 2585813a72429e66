// `npm run bench`: the performance figures. Its own embedded PostgreSQL in .data/bench (real
// reference data plus 100,000 synthetic partnerships, never the developer's database), its own
// build in .next-bench (never the developer's .next), `next start` on a free loopback port,
// then autocannon against each target page and, in the same run, a static file of the same
// server, so each page's throughput is printed as a share of the static file's. Everything it
// starts, it stops, also on error, Ctrl-C or time-out.
//   npm run bench -- [--duration 6] [--connections 32] [--warmup 2] [--rows 1000,10000,100000] [--skip-build]
//                    [--route /kommun/ --route /api/]
// --duration and --warmup are seconds per route; --rows the numbers of synthetic partnerships,
// one database (and one table of figures) per number; --route (repeatable) measures only the
// routes that begin with it. Each route is followed by a static file of about its size on the
// wire (scripts/bench-same-size.ts): "× same-size" is its ratio against that one.
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  BUILD_TIMEOUT_MS,
  buildApp,
  count,
  prepareBenchDatabase,
  query,
  startServer,
  runBenchmark,
  stopDatabases,
} from "./bench-support";
import { removeSameSizeFiles, sameSizeFile, writeSameSizeFiles } from "./bench-same-size";
import { SYNTHETIC_SOURCE } from "./synthetic/generate";

const SETTLE_TIMEOUT_MS = 120_000;

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string", default: "6" },
    connections: { type: "string", default: "32" },
    warmup: { type: "string", default: "2" },
    rows: { type: "string", default: "100000" },
    "skip-build": { type: "boolean", default: false },
    route: { type: "string", multiple: true },
  },
});
function wholeNumber(name: keyof typeof flags, text = String(flags[name])): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || (value === 0 && name !== "warmup")) {
    throw new Error(`--${name} needs a whole number${name === "warmup" ? "" : " above 0"}, not "${text}"`);
  }
  return value;
}
const options = {
  duration: wholeNumber("duration"),
  connections: wholeNumber("connections"),
  warmup: wholeNumber("warmup"),
  rows: String(flags.rows)
    .split(",")
    .map((n) => wholeNumber("rows", n.trim())),
  skipBuild: flags["skip-build"] ?? false,
  routes: flags.route ?? [],
};

// ---------------------------------------------------------------------------------------------
// What is in the database
// ---------------------------------------------------------------------------------------------

type DatabaseFigures = {
  partnerships: number;
  synthetic: number;
  participants: number;
  partners: number;
  places: number;
  size: string;
};

async function databaseFigures(url: string): Promise<DatabaseFigures> {
  const [row] = await query<DatabaseFigures>(
    url,
    `SELECT (SELECT count(*)::int FROM "Partnership") AS partnerships,
            (SELECT count(*)::int FROM "Partnership" WHERE "source" = $1) AS synthetic,
            (SELECT count(*)::int FROM "PartnershipParticipant") AS participants,
            (SELECT count(*)::int FROM "PartnershipPartner") AS partners,
            (SELECT count(*)::int FROM "Place") AS places,
            pg_size_pretty(pg_database_size(current_database())) AS size`,
    [SYNTHETIC_SOURCE],
  );
  return row!;
}

/** The kommun with the most visible partnerships: the heaviest municipality page there is. */
async function busiestMunicipality(url: string) {
  const [row] = await query<{ slug: string; name: string; count: number }>(
    url,
    `SELECT o."slug", o."name", count(*)::int AS count
     FROM "PartnershipParticipant" pp
     JOIN "Organisation" o ON o."id" = pp."organisationId"
     JOIN "Partnership" p ON p."id" = pp."partnershipId"
     WHERE o."kind" = 'MUNICIPALITY' AND p."removedAt" IS NULL
     GROUP BY o."id" ORDER BY count DESC, o."id" LIMIT 1`,
  );
  if (!row) throw new Error("The benchmark database has no municipality with partnerships");
  return row;
}

async function partnershipCountOf(url: string, slug: string): Promise<number> {
  const [row] = await query<{ count: number }>(
    url,
    `SELECT count(*)::int AS count FROM "PartnershipParticipant" pp
     JOIN "Organisation" o ON o."id" = pp."organisationId" JOIN "Partnership" p ON p."id" = pp."partnershipId"
     WHERE o."slug" = $1 AND p."removedAt" IS NULL`,
    [slug],
  );
  return row?.count ?? 0;
}

// ---------------------------------------------------------------------------------------------
// Measuring with autocannon
// ---------------------------------------------------------------------------------------------

// autocannon ships no type declarations; this is the part of its API used here.
type AutocannonResult = { requests: { average: number }; non2xx: number; errors: number };
type AutocannonInstance = {
  on(
    event: "response",
    listener: (client: unknown, statusCode: number, bytes: number, responseTime: number) => void,
  ): void;
};
type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration: number;
    timeout: number;
    headers: Record<string, string>;
  },
  done: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

type Measurement = {
  route: string;
  /** The first request after the data version moved: everything computed afresh (code loaded). */
  uncached: number;
  /** Its size uncompressed (the HTML or JSON as the browser sees it). */
  kibUncompressed: number;
  /** Median time of the warm-up requests, sent one at a time: the page's time without load. */
  alone: number;
  completed: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  kibPerResponse: number;
  non2xx: number;
  errors: number;
  /** A static file of about the same size on the wire, measured right after the route. */
  sameSize?: Measurement;
};

// Browsers ask for gzip, so the server compresses as it would for them.
const REQUEST_HEADERS = { "accept-encoding": "gzip" };

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

function load(
  url: string,
  seconds: number,
  onResponse: (statusCode: number, bytes: number, ms: number) => void,
) {
  return new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, duration: seconds, timeout: 30, headers: REQUEST_HEADERS },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, statusCode, bytes, ms) => onResponse(statusCode, bytes, ms));
  });
}

/** One request, waiting for the whole answer; its time in ms, or undefined if it failed. */
async function requestOnce(url: string, timeoutMs: number): Promise<number | undefined> {
  return (await timedRequest(url, timeoutMs))?.ms;
}

/** One request: its time and its uncompressed size, or undefined if it failed. */
async function timedRequest(
  url: string,
  timeoutMs: number,
): Promise<{ ms: number; bytes: number } | undefined> {
  const started = performance.now();
  try {
    const response = await fetch(url, { headers: REQUEST_HEADERS, signal: AbortSignal.timeout(timeoutMs) });
    const bytes = (await response.arrayBuffer()).byteLength; // fetch has undone the gzip
    return { ms: performance.now() - started, bytes };
  } catch {
    return undefined;
  }
}

/** Moves the data version, as any write would: every cached public read is computed afresh. */
const touchData = (url: string) =>
  query(url, `UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1`);

/**
 * Warm-up one request at a time: loads the route's code and fills the connection pool
 * without leaving unanswered requests behind that the measurement would then compete with.
 * Returns the times of all but the first (cold) request.
 */
async function warmUp(url: string): Promise<number[]> {
  const until = Date.now() + options.warmup * 1000;
  const times: number[] = [];
  let attempts = 0;
  do {
    const ms = await requestOnce(url, 60_000);
    if (ms !== undefined) times.push(ms);
  } while (++attempts < 2 || Date.now() < until);
  return times.slice(1).sort((a, b) => a - b);
}

/**
 * autocannon drops the requests still open when its time is up, but the server goes on
 * rendering them. Waiting until it answers a trivial request quickly again keeps one route's
 * backlog out of the next route's figures.
 */
async function settle(origin: string) {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ms = await requestOnce(`${origin}/api/health`, 30_000);
    if (ms !== undefined && ms < 100) return;
  }
}

async function measure(origin: string, route: string, databaseUrl: string): Promise<Measurement> {
  await requestOnce(origin + route, 120_000); // loads the route's code
  await touchData(databaseUrl);
  const first = await timedRequest(origin + route, 120_000);
  const alone = options.warmup > 0 ? percentile(await warmUp(origin + route), 0.5) : Number.NaN;
  // autocannon reports p97.5 and p99 but no p95, so every latency is kept.
  const latencies: number[] = [];
  let bytes = 0;
  const result = await load(origin + route, options.duration, (_status, size, ms) => {
    latencies.push(ms);
    bytes += size;
  });
  await settle(origin);
  latencies.sort((a, b) => a - b);
  return {
    route,
    uncached: first?.ms ?? Number.NaN,
    kibUncompressed: first ? first.bytes / 1024 : Number.NaN,
    alone,
    completed: latencies.length,
    requestsPerSecond: result.requests.average,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    kibPerResponse: latencies.length ? bytes / latencies.length / 1024 : 0,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/**
 * Measures the static file nearest to `route`'s answers in size on the wire: the body the route
 * sent (its bytes per answer less the headers, estimated from the small static file's answers).
 */
async function measureSameSize(
  origin: string,
  route: Measurement,
  staticFile: Measurement,
  databaseUrl: string,
) {
  const staticHeaders = (staticFile.kibPerResponse - staticFile.kibUncompressed) * 1024;
  const file = sameSizeFile(route.kibPerResponse * 1024 - staticHeaders);
  return measure(origin, file.route, databaseUrl);
}

function printTable(rows: Measurement[], staticFile: Measurement) {
  const header = [
    "route",
    "uncached ms",
    "KiB",
    "alone ms",
    "answers",
    "req/s",
    "× static",
    "p50 ms",
    "p95 ms",
    "KiB/resp",
    "non-2xx",
    "errors",
    "same-size KiB/resp",
    "× same-size",
  ];
  const milliseconds = (ms: number) => (Number.isNaN(ms) ? "–" : ms.toFixed(1));
  const cells = [staticFile, ...rows].map((r) => [
    r.route,
    milliseconds(r.uncached),
    r.kibUncompressed.toFixed(0),
    milliseconds(r.alone),
    String(r.completed),
    r.requestsPerSecond.toFixed(1),
    (r.requestsPerSecond / staticFile.requestsPerSecond).toFixed(3),
    milliseconds(r.p50),
    milliseconds(r.p95),
    r.kibPerResponse.toFixed(1),
    String(r.non2xx),
    String(r.errors),
    r.sameSize ? r.sameSize.kibPerResponse.toFixed(1) : "",
    r.sameSize ? (r.requestsPerSecond / r.sameSize.requestsPerSecond).toFixed(3) : "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of cells) console.log(line(row));
  console.log(
    `uncached: the first request after the data version moved (KiB: its size uncompressed); alone: median of the ` +
      `warm-up requests, one at a time; the others: ${options.duration} s at ${options.connections} connections; ` +
      `× static: requests/s as a share of the static file's, measured in the same run; × same-size: as a share ` +
      `of a static file of about the same size on the wire (random bytes, uncompressed; same-size KiB/resp its ` +
      `bytes per answer), measured right after the route`,
  );
}

// ---------------------------------------------------------------------------------------------

async function describeDatabase(url: string) {
  const figures = await databaseFigures(url);
  const busiest = await busiestMunicipality(url);
  console.log(
    `Database: ${count(figures.partnerships)} partnerships, of them ${count(figures.synthetic)} synthetic; ` +
      `${count(figures.participants)} participants, ${count(figures.partners)} partners, ${count(figures.places)} places; ${figures.size}`,
  );
  console.log(
    `Umeå has ${count(await partnershipCountOf(url, "umea"))} partnerships; the busiest kommun, ` +
      `${busiest.name} (/kommun/${busiest.slug}), has ${count(busiest.count)}`,
  );
  return busiest;
}

/** The partner place with the most visible partnerships: the heaviest place page there is. */
async function busiestPlace(url: string): Promise<{ id: number; name: string; count: number }> {
  const [row] = await query<{ id: number; name: string; count: number }>(
    url,
    `SELECT pl."id", pl."name", count(*)::int AS count
       FROM "PartnershipPartner" pp
       JOIN "Place" pl ON pl."id" = pp."placeId"
       JOIN "Partnership" p ON p."id" = pp."partnershipId"
      WHERE p."removedAt" IS NULL
      GROUP BY pl."id" ORDER BY count DESC, pl."id" LIMIT 1`,
  );
  if (!row) throw new Error("The benchmark database has no partner place");
  return row;
}

/** The whole registry's CSV download, once: seconds, size and MB/s. */
async function timeWholeCsv(origin: string) {
  const started = performance.now();
  const response = await fetch(`${origin}/samarbeten/export.csv`);
  const bytes = (await response.arrayBuffer()).byteLength;
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Whole-registry CSV (/samarbeten/export.csv): ${response.status}, ${(bytes / 1e6).toFixed(1)} MB in ` +
      `${seconds.toFixed(2)} s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s`,
  );
}

// A small file of the same server: what the HTTP layer alone can do in this run.
const STATIC_FILE = "/map/LICENSE-world-atlas.txt";

async function measureSize(rows: number, first: boolean) {
  // 100,000 keeps the directory earlier runs filled; other sizes have their own.
  const dir = path.join(".data", "bench", rows === 100_000 ? "postgres" : `postgres-${rows}`);
  const url = await prepareBenchDatabase(rows, path.resolve(dir));
  const busiest = await describeDatabase(url);
  const place = await busiestPlace(url);
  console.log(`The busiest partner place, ${place.name} (/ort/${place.id}), has ${count(place.count)}`);
  if (first) await buildApp(url, options.skipBuild);
  writeSameSizeFiles(); // before the server starts: Next lists its public files at start-up
  process.once("exit", removeSameSizeFiles); // also after an error or Ctrl-C
  const server = await startServer(url, `next-start-${rows}.log`);
  const { origin } = server;

  const allRoutes = [
    "/kommun/umea",
    `/kommun/${busiest.slug}`,
    "/kommuner",
    "/samarbeten",
    "/samarbeten?typ=vanort&land=fi",
    "/land/fi",
    `/ort/${place.id}`,
    "/statistik",
    "/api/v1/partnerships",
    "/api/v1/partnerships?typ=vanort&antal=500",
  ];
  const routes = options.routes.length
    ? allRoutes.filter((r) => options.routes.some((prefix) => r.startsWith(prefix)))
    : allRoutes;
  if (routes.length === 0) throw new Error(`No route begins with ${options.routes.join(" or ")}`);
  console.log(
    `Measuring a static file and ${routes.length} routes: ${options.warmup} s warm-up one request at a time, ` +
      `then ${options.duration} s at ${options.connections} connections`,
  );
  const staticFile = await measure(origin, STATIC_FILE, url);
  const results: Measurement[] = [];
  for (const route of routes) {
    console.log(`  ${route}`);
    const measured = await measure(origin, route, url);
    measured.sameSize = await measureSameSize(origin, measured, staticFile, url);
    results.push(measured);
  }
  if (!options.routes.length) await timeWholeCsv(origin);

  console.log(`\n${count(rows)} synthetic partnerships:`);
  printTable(results, staticFile);
  const unanswered = results.filter((r) => r.completed === 0).map((r) => r.route);
  if (unanswered.length) console.log(`\nNo answer within ${options.duration} s: ${unanswered.join(", ")}`);
  const failing = results.filter((r) => r.non2xx > 0 || r.errors > 0).map((r) => r.route);
  if (failing.length)
    console.log(
      `\nNot all answers were 2xx on: ${failing.join(", ")} (server log: .data/bench/next-start-${rows}.log)`,
    );
  console.log("");
  await server.stop();
  removeSameSizeFiles();
  await stopDatabases();
}

async function main() {
  for (const [i, rows] of options.rows.entries()) await measureSize(rows, i === 0);
}

// Bounded in time whatever happens: the build's limit, the measurements, and a margin.
const perRouteMs = (options.warmup + 60 + options.duration + 30) * 1000 + SETTLE_TIMEOUT_MS;
const budgetMs = BUILD_TIMEOUT_MS + options.rows.length * (10 * 60_000 + 23 * perRouteMs);
await runBenchmark("The benchmark", main, budgetMs);
