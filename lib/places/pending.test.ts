import { describe, expect, it } from "vitest";
import { townKey } from "./pending";

describe("townKey", () => {
  it("is one key for the ways people write one town's name, within one country", () => {
    expect(townKey("ua", "  Nova   Vodolaha ")).toBe(townKey("UA", "nova vodolaha"));
    expect(townKey("DK", "Helsingør")).toBe(townKey("DK", "Helsingor"));
    expect(townKey("UA", "Nova Vodolaha")).not.toBe(townKey("RU", "Nova Vodolaha"));
    expect(townKey("UA", "Nova Vodolaha")).not.toBe(townKey("UA", "Stara Vodolaha"));
  });
});
