import { describe, expect, it } from "vitest";
import { localisedName } from "./localised";

const china = { code: "CN", nameSv: "Kina", nameEn: "China" };

describe("localisedName", () => {
  it("takes the Swedish name on Swedish pages and the English one on English pages", () => {
    expect(localisedName(china, "sv")).toBe("Kina");
    expect(localisedName(china, "en")).toBe("China");
  });

  it("keeps a missing row missing", () => {
    expect(localisedName(null, "sv")).toBeNull();
    expect(localisedName(undefined, "en")).toBeNull();
  });
});
