// The database stops under load and starts again: pages, the API and the health check answer
// 503 with Retry-After (pages in the visitor's language) while it is down, the log stays
// short, and everything answers 200 again within 5 s of the database being back, with only
// the database restarted. Runs the production build and server (`scripts/serve.ts`, as `npm start`
// does; built when stale) against an embedded PostgreSQL of its own on a port below the
// ephemeral range.
import { mkdirSync, mkdtempSync, chmodSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/database/embedded";
import { applyMigrations } from "../../lib/database/migrate";
import { ensureBuild, freeLowPort, startAppServer, type AppServer } from "../support/app-server";

const URLS = ["/", "/kommuner", "/en/kommuner", "/samarbeten", "/api/health", "/api/v1/organisations"];
type Sample = { at: number; path: string; status: number; retryAfter: string | null; ms: number };

let dir: string;
let pgPort: number;
let database: EmbeddedDatabase | undefined;
let app: AppServer | undefined;

const startDatabase = () => startEmbeddedPostgres({ dir: path.join(dir, "pg"), port: pgPort });

beforeAll(async () => {
  const parent = path.join(process.cwd(), ".data", "test");
  mkdirSync(parent, { recursive: true });
  dir = mkdtempSync(path.join(parent, "outage-"));
  chmodSync(dir, 0o755); // under root, initdb runs as a `postgres` user that must reach it
  pgPort = await freeLowPort();
  database = await startDatabase();
  await applyMigrations(database.url); // migrated, not seeded: the pages render empty lists
  ensureBuild();
  app = await startAppServer(database.url);
}, 900_000);

afterAll(async () => {
  await app?.stop();
  await database?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Requests the URLs round-robin from `workers` concurrent loops until stopped. */
function load(base: string, workers: number) {
  const samples: Sample[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async (_, w) => {
    for (let i = w; running; i++) {
      const p = URLS[i % URLS.length]!;
      const started = Date.now();
      try {
        const response = await fetch(base + p, { redirect: "manual" });
        await response.arrayBuffer();
        samples.push({
          at: started,
          path: p,
          status: response.status,
          retryAfter: response.headers.get("retry-after"),
          ms: Date.now() - started,
        });
      } catch {
        samples.push({ at: started, path: p, status: 0, retryAfter: null, ms: Date.now() - started });
      }
    }
  });
  return {
    samples,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`not within ${timeoutMs} ms`);
}

describe("a database outage under load", () => {
  it("answers 503 with Retry-After while PostgreSQL is down and 200 within 5 s of its return", async () => {
    const base = app!.url;
    const traffic = load(base, 4);
    onTestFinished(() => traffic.stop());
    await sleep(2_000);
    const beforeStop = traffic.samples.filter((s) => s.status !== 200);
    expect(beforeStop).toEqual([]);

    // Stop PostgreSQL (fast shutdown: it ends the pool's open connections).
    const stoppedAt = Date.now();
    await database!.stop();
    database = undefined;
    const to503 = await waitFor(async () => (await fetch(`${base}/api/health`)).status === 503, 5_000);
    // Requests in flight when the database stopped end (and log their error) within a moment;
    // the settled outage is measured from then on.
    await sleep(2_000);
    const outageStart = Date.now();
    await sleep(3_000);

    // Pages: the localised 503 page; the API: a problem; the health check: its JSON. All with Retry-After.
    const swedish = await fetch(`${base}/kommuner`);
    expect(swedish.status).toBe(503);
    expect(swedish.headers.get("retry-after")).toBe("10");
    expect(swedish.headers.get("content-security-policy")).toContain("style-src 'self'");
    expect(await swedish.text()).toContain("<h1>Tjänsten är tillfälligt otillgänglig</h1>");
    const english = await fetch(`${base}/en/kommuner`);
    expect(english.status).toBe(503);
    expect(await english.text()).toContain("<h1>The service is temporarily unavailable</h1>");
    const api = await fetch(`${base}/api/v1/organisations`);
    expect(api.status).toBe(503);
    expect(api.headers.get("content-type")).toBe("application/problem+json");
    expect(api.headers.get("retry-after")).toBe("10");
    expect((await api.json()).status).toBe(503);
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(503);
    expect(health.headers.get("retry-after")).toBe("10");

    // Every answer in the settled outage window is a 503 with Retry-After, never a 500.
    const during = traffic.samples.filter((s) => s.at >= outageStart && s.at < Date.now() - 100);
    expect(during.length).toBeGreaterThan(20);
    expect(during.filter((s) => s.status !== 503 || s.retryAfter !== "10")).toEqual([]);
    const outageLog = app!.lines.filter((l) => l.at >= stoppedAt).map((l) => l.text);
    console.log(`server log during the outage:\n${outageLog.join("\n")}`);
    const logLinesDuringOutage = outageLog.length;
    // Requests in flight when the database stopped may fail and log their error; after that
    // the outage is written once per distinct message per 30 s.
    const settledLog = app!.lines.filter((l) => l.at >= outageStart);
    expect(settledLog.length).toBeLessThanOrEqual(2);

    // Start PostgreSQL again (nothing else restarts) and time the first 200 of a page and the health check.
    await sleep(1_000);
    database = await startDatabase();
    const backAt = Date.now();
    const toPage200 = await waitFor(async () => (await fetch(`${base}/kommuner`)).status === 200, 5_000);
    const toHealth200 = await waitFor(
      async () => (await fetch(`${base}/api/health`)).status === 200,
      5_000 - toPage200,
    );
    await sleep(1_500);
    await traffic.stop();
    // From when both are back: a page can come back first (scripts/serve.ts's page cache needs
    // only its own version read), before the app's availability probe has seen the database.
    const after = traffic.samples.filter((s) => s.at >= backAt + toPage200 + toHealth200 + 500);
    expect(after.length).toBeGreaterThan(5);
    expect(after.filter((s) => s.status !== 200)).toEqual([]);

    const outage = traffic.samples.filter((s) => s.at >= stoppedAt && s.at < backAt);
    const byStatus = new Map<number, number>();
    for (const s of outage) byStatus.set(s.status, (byStatus.get(s.status) ?? 0) + 1);
    console.log(
      `outage figures: 503 on /api/health ${to503} ms after the stop; ` +
        `${outage.length} requests during the outage (${[...byStatus].map(([status, n]) => `${status}: ${n}`).join(", ")}), slowest ${Math.max(...outage.map((s) => s.ms))} ms; ` +
        `${logLinesDuringOutage} log lines; first page 200 ${toPage200} ms and health 200 ${toPage200 + toHealth200} ms after the database was back`,
    );
    console.log(
      app!.lines
        .filter((l) => l.at >= stoppedAt)
        .map((l) => l.text)
        .join("\n"),
    );
  }, 60_000);
});
