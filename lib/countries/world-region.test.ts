import { describe, expect, it } from "vitest";
import { worldRegionOf } from "./world-region";

describe("worldRegionOf", () => {
  it.each([
    ["FI", "NORDIC"],
    ["no", "NORDIC"],
    ["FO", "NORDIC"],
    ["AX", "NORDIC"],
    ["DE", "REST_OF_EUROPE"],
    ["EE", "REST_OF_EUROPE"],
    ["RU", "REST_OF_EUROPE"],
    ["TR", "REST_OF_EUROPE"],
    ["XK", "REST_OF_EUROPE"],
    ["CN", "REST_OF_WORLD"],
    ["SC", "REST_OF_WORLD"],
    ["US", "REST_OF_WORLD"],
  ] as const)("puts %s in %s", (code, region) => {
    expect(worldRegionOf(code)).toBe(region);
  });
});
