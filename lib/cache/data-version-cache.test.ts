import { describe, expect, it } from "vitest";
import { VersionedCache } from "./data-version-cache";

describe("VersionedCache", () => {
  it("reuses a value for the same key and version, recomputes when the version moves", async () => {
    const cache = new VersionedCache<number>(4);
    let computed = 0;
    const compute = async () => ++computed;
    expect(await cache.get("a", "v1", compute)).toBe(1);
    expect(await cache.get("a", "v1", compute)).toBe(1);
    expect(await cache.get("a", "v2", compute)).toBe(2);
    expect(await cache.get("b", "v2", compute)).toBe(3);
  });

  it("shares one computation between concurrent requests", async () => {
    const cache = new VersionedCache<string>(4);
    let calls = 0;
    const slow = () => new Promise<string>((resolve) => setTimeout(() => resolve(`value ${++calls}`), 10));
    const [x, y] = await Promise.all([cache.get("k", "v", slow), cache.get("k", "v", slow)]);
    expect([x, y, calls]).toEqual(["value 1", "value 1", 1]);
  });

  it("forgets a failed computation", async () => {
    const cache = new VersionedCache<string>(4);
    await expect(cache.get("k", "v", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cache.get("k", "v", async () => "up")).toBe("up");
  });

  it("drops the least recently used entry beyond its size", async () => {
    const cache = new VersionedCache<string>(2);
    await cache.get("a", "v", async () => "a1");
    await cache.get("b", "v", async () => "b1");
    await cache.get("a", "v", async () => "unused"); // a is now the most recent
    await cache.get("c", "v", async () => "c1"); // drops b
    expect(await cache.get("a", "v", async () => "a2")).toBe("a1");
    expect(await cache.get("b", "v", async () => "b2")).toBe("b2");
  });
});
