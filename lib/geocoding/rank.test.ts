import { describe, expect, it } from "vitest";
import { matchQuality, rankPlaces, type PlaceCandidate } from "./rank";

const vaasa: PlaceCandidate = {
  id: 632978,
  name: "Vaasa",
  countryCode: "FI",
  population: 67631,
  searchNames: ["vaasa", "vasa", "wasa"],
};
const vasaIndia: PlaceCandidate = {
  id: 1253374,
  name: "Vasa",
  countryCode: "IN",
  population: 15934,
  searchNames: ["vasa"],
};
const vasastan: PlaceCandidate = {
  id: 1,
  name: "Vasastaden",
  countryCode: "SE",
  population: 900000,
  searchNames: ["vasastaden"],
};
const vastervik: PlaceCandidate = {
  id: 2,
  name: "Västervik",
  countryCode: "SE",
  population: 21000,
  searchNames: ["vastervik"],
};

describe("matchQuality", () => {
  it("tells exact, prefix and fuzzy matches apart", () => {
    expect(matchQuality("vasa", vaasa)).toBe("exact");
    expect(matchQuality("vasa", vasastan)).toBe("prefix");
    expect(matchQuality("vasa", vastervik)).toBe("fuzzy");
  });
});

describe("rankPlaces", () => {
  it("puts exact matches before larger prefix matches", () => {
    const ranked = rankPlaces("Vasa", [vasastan, vasaIndia, vaasa, vastervik]);
    expect(ranked.map((p) => p.id)).toEqual([vaasa.id, vasaIndia.id, vasastan.id, vastervik.id]);
  });

  it("ranks exact matches by population, alternate names included", () => {
    expect(rankPlaces("vasa", [vasaIndia, vaasa])[0]!.name).toBe("Vaasa");
  });

  it("prefers the place whose main name matches when populations tie", () => {
    const twin = { ...vaasa, id: 3, population: vasaIndia.population };
    expect(rankPlaces("Vasa", [twin, vasaIndia])[0]!.id).toBe(vasaIndia.id);
  });

  it("normalises the query like the stored names", () => {
    const helsingor = {
      id: 2620473,
      name: "Helsingør",
      countryCode: "DK",
      population: 35048,
      searchNames: ["helsingor"],
    };
    expect(rankPlaces("Helsingör", [helsingor])[0]!.match).toBe("exact");
  });
});
