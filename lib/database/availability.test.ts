import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  CHECK_INTERVAL_MS,
  databaseUnavailableSince,
  isDatabaseUnavailableError,
  registerDatabaseProbe,
  reportDatabaseAvailable,
  reportDatabaseError,
  resetDatabaseAvailability,
} from "./availability";

function refused() {
  return Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:25432"), {
    code: "ECONNREFUSED",
    syscall: "connect",
    errno: -111,
  });
}

describe("isDatabaseUnavailableError", () => {
  it("recognises socket errors, PostgreSQL shutdown codes, Prisma's codes and pg's messages", () => {
    expect(isDatabaseUnavailableError(refused())).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error("terminating"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error("x"), { code: "08006" }))).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error("Can't reach"), { code: "P1001" }))).toBe(true);
    expect(isDatabaseUnavailableError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailableError(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(
      isDatabaseUnavailableError(new Error("wrapped", { cause: { kind: "DatabaseNotReachable" } })),
    ).toBe(true);
    expect(isDatabaseUnavailableError(new AggregateError([refused(), refused()]))).toBe(true);
  });

  it("leaves ordinary query errors alone", () => {
    expect(isDatabaseUnavailableError(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseUnavailableError(Object.assign(new Error("syntax"), { code: "42601" }))).toBe(false);
    expect(isDatabaseUnavailableError(new Error("Record to update not found."))).toBe(false);
    expect(isDatabaseUnavailableError(undefined)).toBe(false);
  });
});

describe("database availability", () => {
  beforeEach(() => {
    resetDatabaseAvailability();
    vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
    resetDatabaseAvailability();
  });

  it("is marked unavailable by an outage error and available again by a success", async () => {
    expect(await databaseUnavailableSince()).toBeNull();
    expect(reportDatabaseError(new Error("duplicate key"))).toBe(false);
    expect(await databaseUnavailableSince()).toBeNull();
    expect(reportDatabaseError(refused())).toBe(true);
    const since = await databaseUnavailableSince();
    expect(since).toBeTypeOf("number");
    reportDatabaseError(refused());
    expect(await databaseUnavailableSince()).toBe(since);
    reportDatabaseAvailable();
    expect(await databaseUnavailableSince()).toBeNull();
  });

  it("probes at most once per interval, one probe for concurrent callers", async () => {
    let up = true;
    const probe = vi.fn(async () => {
      if (!up) throw refused();
    });
    registerDatabaseProbe(probe);
    const t0 = Date.now();
    expect(await Promise.all([databaseUnavailableSince(t0), databaseUnavailableSince(t0)])).toEqual([
      null,
      null,
    ]);
    expect(probe).toHaveBeenCalledTimes(1);
    up = false;
    expect(await databaseUnavailableSince(t0 + CHECK_INTERVAL_MS - 1)).toBeNull(); // still within the interval
    expect(probe).toHaveBeenCalledTimes(1);
    expect(await databaseUnavailableSince(Date.now() + CHECK_INTERVAL_MS)).not.toBeNull();
    up = true;
    expect(await databaseUnavailableSince(Date.now() + CHECK_INTERVAL_MS)).toBeNull();
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it("logs one line for many identical failures, and one when the database is back", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    for (let i = 0; i < 1000; i++) reportDatabaseError(refused());
    reportDatabaseAvailable();
    expect(log.mock.calls.map((c) => c[0])).toEqual([
      "Database unavailable: connect ECONNREFUSED 127.0.0.1:25432",
      "Database unavailable: connect ECONNREFUSED 127.0.0.1:25432 (999 more like it in the last 30 s)",
      expect.stringMatching(/^Database available again after \d+\.\d s \(0 failed checks\)$/),
    ]);
  });
});
