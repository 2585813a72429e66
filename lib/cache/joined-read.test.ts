import { describe, expect, it } from "vitest";
import { joinedRead } from "./joined-read";

/** A read whose answers the test releases one by one; each answers the counter's value when it started. */
function controlledRead() {
  let value = 0;
  const pending: (() => void)[] = [];
  let started = 0;
  const read = () => {
    started++;
    const seen = value;
    return new Promise<number>((resolve) => pending.push(() => resolve(seen)));
  };
  return {
    read,
    write: () => value++,
    finishNext: async () => {
      pending.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    started: () => started,
  };
}

describe("joinedRead", () => {
  it("lets callers who arrive during a read share the next one, never the one already under way", async () => {
    const source = controlledRead();
    const version = joinedRead(source.read);
    const first = version();
    source.write(); // commits after the first read started
    const second = version();
    const third = version();
    expect(source.started()).toBe(1);
    await source.finishNext();
    expect(await first).toBe(0);
    expect(source.started()).toBe(2); // one read for both waiting callers
    await source.finishNext();
    expect(await second).toBe(1); // sees the write that committed before it asked
    expect(await third).toBe(1);
  });

  it("reads again for a caller after a failed read, and passes the failure only to those who shared it", async () => {
    let calls = 0;
    const version = joinedRead(async () => {
      if (++calls === 1) throw new Error("connection lost");
      return calls;
    });
    await expect(version()).rejects.toThrow("connection lost");
    expect(await version()).toBe(2);
  });

  it("starts a fresh read once nothing is under way", async () => {
    let calls = 0;
    const version = joinedRead(async () => ++calls);
    expect(await version()).toBe(1);
    expect(await version()).toBe(2);
  });
});
