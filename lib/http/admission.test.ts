import { describe, expect, it } from "vitest";
import { createAdmission } from "./admission";

describe("createAdmission", () => {
  it("lets maxActive requests in at once and the next ones in arrival order as slots free up", async () => {
    const admit = createAdmission({ maxActive: 2, maxQueued: 10, maxWaitMs: 10_000 });
    const first = (await admit())!;
    const second = (await admit())!;
    const order: string[] = [];
    const third = admit().then((r) => (order.push("third"), r));
    const fourth = admit().then((r) => (order.push("fourth"), r));
    expect([admit.active, admit.queued]).toEqual([2, 2]);
    first();
    first(); // releasing twice frees one slot only
    expect(await third).toBeTypeOf("function");
    expect(admit.queued).toBe(1);
    second();
    expect(await fourth).toBeTypeOf("function");
    expect(order).toEqual(["third", "fourth"]);
    expect([admit.active, admit.queued]).toEqual([2, 0]);
  });

  it("turns a request away when the queue is full or its wait would be too long", async () => {
    const admit = createAdmission({ maxActive: 1, maxQueued: 1, maxWaitMs: 20 });
    const inside = (await admit())!;
    const waiting = admit();
    expect(await admit()).toBeNull(); // the queue is full
    expect(await waiting).toBeNull(); // waited 20 ms without a slot
    expect(admit.queued).toBe(0);
    inside();
    expect(admit.active).toBe(0);
    expect(await admit()).toBeTypeOf("function");
  });
});
