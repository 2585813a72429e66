import { describe, expect, it } from "vitest";
import { assignSlugs } from "./slugs";

describe("assignSlugs", () => {
  it("folds Swedish letters when names stay unique", () => {
    const slugs = assignSlugs(["Umeå", "Sollefteå", "Västerås", "Östersund"]);
    expect([...slugs.values()]).toEqual(["umea", "solleftea", "vasteras", "ostersund"]);
  });

  it("keeps the ASCII name plain and transliterates the other when folding collides", () => {
    const slugs = assignSlugs(["Håbo", "Habo"]);
    expect(slugs.get("Habo")).toBe("habo");
    expect(slugs.get("Håbo")).toBe("haabo");
  });

  it("refuses to return duplicates", () => {
    expect(() => assignSlugs(["Håbo", "Haabo", "Habo"])).toThrow(/unique slug/);
  });
});
