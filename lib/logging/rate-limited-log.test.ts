import { describe, expect, it } from "vitest";
import { createRateLimitedLog } from "./rate-limited-log";

function harness() {
  let time = 1_000_000;
  const lines: string[] = [];
  const log = createRateLimitedLog({ windowMs: 30_000, write: (l) => lines.push(l), now: () => time });
  return { log, lines, advance: (ms: number) => (time += ms) };
}

describe("createRateLimitedLog", () => {
  it("writes a line once per window and reports the repeats it held back with the next one", () => {
    const { log, lines, advance } = harness();
    expect(log("db down")).toBe(true);
    for (let i = 0; i < 500; i++) {
      advance(10);
      log("db down");
    }
    expect(lines).toEqual(["db down"]);
    advance(30_000);
    log("db down");
    expect(lines).toEqual(["db down", "db down (500 more like it in the last 30 s)"]);
  });

  it("keeps distinct keys apart", () => {
    const { log, lines } = harness();
    log("ECONNREFUSED", "Database unavailable: connect ECONNREFUSED");
    log("timeout", "Database unavailable: timeout");
    log("ECONNREFUSED", "Database unavailable: connect ECONNREFUSED");
    expect(lines).toEqual(["Database unavailable: connect ECONNREFUSED", "Database unavailable: timeout"]);
  });

  it("flush writes the held-back counts and starts afresh", () => {
    const { log, lines } = harness();
    log("a");
    log("a");
    log("a");
    log("b");
    log.flush();
    expect(lines).toEqual(["a", "b", "a (2 more like it in the last 30 s)"]);
    log("a");
    expect(lines.at(-1)).toBe("a");
  });
});
