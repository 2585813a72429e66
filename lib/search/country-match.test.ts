import { describe, expect, it } from "vitest";
import { countryMatch, rankCountries } from "./country-match";

const CHINA = { code: "CN", nameSv: "Kina", nameEn: "China" };
const SOUTH_KOREA = { code: "KR", nameSv: "Sydkorea", nameEn: "South Korea" };
const NORTH_KOREA = { code: "KP", nameSv: "Nordkorea", nameEn: "North Korea" };
const KENYA = { code: "KE", nameSv: "Kenya", nameEn: "Kenya" };
const KIRIBATI = { code: "KI", nameSv: "Kiribati", nameEn: "Kiribati" };

describe("countryMatch: a country by its Swedish or English name or ISO code, in either language", () => {
  it.each([
    ["Kina", "exact"],
    ["China", "exact"],
    ["china", "exact"],
    ["CN", "exact"],
    ["CHN", "exact"],
    ["People's Republic of China", "exact"],
    ["Kin", "prefix"],
    ["Chin", "prefix"],
    ["Ch", "prefix"],
  ] as const)("%s → %s", (query, match) => {
    expect(countryMatch(query, CHINA)).toBe(match);
  });

  it("finds a later word of a name, and nothing for text in no name", () => {
    expect(countryMatch("Korea", NORTH_KOREA)).toBe("word");
    expect(countryMatch("Qufu", CHINA)).toBeNull();
    expect(countryMatch("k", CHINA)).toBeNull();
  });

  it("ranks an exact name before prefixes and later words", () => {
    const ranked = rankCountries("Kina", [KENYA, KIRIBATI, CHINA, NORTH_KOREA], (c) => c.nameSv);
    expect(ranked.map((c) => [c.code, c.match])).toEqual([["CN", "exact"]]);
    const ki = rankCountries("Ki", [KENYA, SOUTH_KOREA, CHINA, KIRIBATI], (c) => c.nameSv);
    // "KI" is Kiribati's ISO code, then every name beginning with "ki", by Swedish name.
    expect(ki.map((c) => c.code)).toEqual(["KI", "CN"]);
    const korea = rankCountries("korea", [CHINA, SOUTH_KOREA, NORTH_KOREA], (c) => c.nameSv);
    // "Korea, Republic of" begins with it; "North Korea" has it as a later word.
    expect(korea.map((c) => [c.code, c.match])).toEqual([
      ["KR", "prefix"],
      ["KP", "word"],
    ]);
  });
});
