import { describe, expect, it } from "vitest";
import { cacheKey } from "./cache-key";

describe("cacheKey", () => {
  it("is equal for the same read written differently", () => {
    expect(cacheKey({ a: 1, b: ["x", "y"], c: undefined })).toBe(cacheKey({ b: ["x", "y"], a: 1 }));
    expect(cacheKey(new Set(["fi", "no"]))).toBe(cacheKey(new Set(["no", "fi"])));
    expect(cacheKey(new Date("2026-01-01T00:00:00Z"))).toBe(cacheKey(new Date("2026-01-01T00:00:00.000Z")));
  });

  it("differs for different reads", () => {
    const keys = [
      cacheKey(new Set(["fi"])),
      cacheKey(new Set(["no"])),
      cacheKey(["fi"]),
      cacheKey("fi"),
      cacheKey(["a", "b"]),
      cacheKey(["b", "a"]),
      cacheKey({ page: 1 }),
      cacheKey({ page: "1" }),
      cacheKey({ page: 2 }),
      cacheKey(undefined),
      cacheKey(null),
      cacheKey([undefined]),
      cacheKey([null]),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("refuses what it cannot key faithfully", () => {
    expect(() => cacheKey(new Map([["a", 1]]))).toThrow(TypeError);
    expect(() => cacheKey({ f: () => 1 })).toThrow(TypeError);
    expect(() => cacheKey(new (class Point {})())).toThrow(TypeError);
  });
});
