// Whether the database answers, known to the whole server process. proxy.ts asks before each
// page or API request and answers 503 while it does not, so an outage costs one cheap check a
// second instead of a failed render (a 500 and ~17 log lines) per request.
//
// The state lives on globalThis: in `next start` proxy.ts and the route handlers are separate
// bundles (separate module instances) running in one process, and they must see one state.
// No imports with side effects here: proxy.ts imports this module.
import { createRateLimitedLog } from "../logging/rate-limited-log";

/** How long a check stays valid: the proxy probes at most once per interval. */
export const CHECK_INTERVAL_MS = 1_000;
/** What 503 answers put in Retry-After: a restart of the database takes seconds. */
export const RETRY_AFTER_SECONDS = 10;

/** Resolves when the database answers a trivial query, rejects otherwise (bounded by its own timeouts). */
export type DatabaseProbe = () => Promise<void>;

type State = {
  probe?: DatabaseProbe;
  unavailableSince: number | null;
  checkedAt: number;
  failedChecks: number;
  checking?: Promise<void>;
  log: ReturnType<typeof createRateLimitedLog>;
};

const KEY = Symbol.for("vanortsregistret.databaseAvailability");

function state(): State {
  const holder = globalThis as unknown as Record<symbol, State | undefined>;
  return (holder[KEY] ??= {
    unavailableSince: null,
    checkedAt: 0,
    failedChecks: 0,
    log: createRateLimitedLog(),
  });
}

/** Installs the check the proxy runs (instrumentation.ts, once per server process). */
export function registerDatabaseProbe(probe: DatabaseProbe): void {
  state().probe = probe;
}

/**
 * Since when the database has been unavailable (ms since the epoch), or null when it answers.
 * Runs the probe when the last check is older than CHECK_INTERVAL_MS; concurrent callers share
 * one probe. Without a registered probe (tests, scripts) it reports what errors reported.
 */
export async function databaseUnavailableSince(now = Date.now()): Promise<number | null> {
  const s = state();
  if (s.probe && now - s.checkedAt >= CHECK_INTERVAL_MS) {
    s.checking ??= s
      .probe()
      .then(
        () => reportDatabaseAvailable(),
        (error: unknown) => markUnavailable(error, true),
      )
      .finally(() => (s.checking = undefined));
    await s.checking;
  }
  return s.unavailableSince;
}

/** Records a successful contact with the database. */
export function reportDatabaseAvailable(now = Date.now()): void {
  const s = state();
  s.checkedAt = now;
  if (s.unavailableSince === null) return;
  s.log.flush();
  const seconds = ((now - s.unavailableSince) / 1000).toFixed(1);
  console.error(`Database available again after ${seconds} s (${s.failedChecks} failed checks)`);
  s.unavailableSince = null;
  s.failedChecks = 0;
}

/**
 * Records an error from a database call: a sign of an outage (refused, reset, timed out,
 * terminated connection, server shutting down) marks the database unavailable until the next
 * successful check. Answers whether it was such an error. Logged at most once per 30 s per message.
 */
export function reportDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailableError(error)) return false;
  markUnavailable(error, false);
  return true;
}

function markUnavailable(error: unknown, fromProbe: boolean, now = Date.now()): void {
  const s = state();
  s.checkedAt = now;
  s.unavailableSince ??= now;
  if (fromProbe) s.failedChecks++;
  const message = describe(error);
  s.log(message, `Database unavailable: ${message}`);
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Prisma's messages span several lines; the first one says what happened.
  return (
    text
      .split("\n")
      .find((line) => line.trim())
      ?.trim() ?? "unknown error"
  );
}

// Node's socket errors, PostgreSQL's connection_exception class (08…) and its shutdown and
// start-up codes (57P01–57P03), Prisma's "cannot reach / connection closed" codes, pg's own
// messages for a dropped connection or a connect timeout.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "P1001",
  "P1002",
  "P1017",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection timeout/i,
  /can't reach database server/i,
  /server closed the connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

/** Whether an error (or any error in its `cause` chain) means the database cannot be reached. */
export function isDatabaseUnavailableError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === "string" && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith("08"))) return true;
  if (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.some((m) => m.test(e.message as string)))
    return true;
  // AggregateError (a host name with an IPv4 and an IPv6 address both refused).
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailableError(inner, depth + 1)))
    return true;
  return isDatabaseUnavailableError(e.cause, depth + 1);
}

/** Forgets everything: for tests. */
export function resetDatabaseAvailability(): void {
  const holder = globalThis as unknown as Record<symbol, State | undefined>;
  holder[KEY] = undefined;
}
