import { describe, expect, it } from "vitest";
import { normalizeName, toSlug } from "./normalize";

describe("normalizeName", () => {
  it.each([
    ["Helsingør", "helsingor"],
    ["Helsingör", "helsingor"],
    ["Xi’an", "xian"],
    ["Xi'an", "xian"],
    ["Würzburg", "wurzburg"],
    ["Põltsamaa", "poltsamaa"],
    ["Pöltsamaa", "poltsamaa"],
    ["Straße", "strasse"],
    ["Saint-Étienne", "saint etienne"],
    ["  Fellingsbro (Lindesberg) ", "fellingsbro lindesberg"],
  ])("folds %s to %s", (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it("makes the Swedish and native spellings of a place the same key", () => {
    expect(normalizeName("Helsingör")).toBe(normalizeName("Helsingør"));
  });

  it("returns an empty key for scripts it cannot transliterate", () => {
    expect(normalizeName("西安")).toBe("");
  });
});

describe("toSlug", () => {
  it.each([
    ["Umeå", "umea"],
    ["Sollefteå", "solleftea"],
    ["Västerås", "vasteras"],
    ["Östersund", "ostersund"],
    ["Upplands Väsby", "upplands-vasby"],
    ["Region Jönköpings län", "region-jonkopings-lan"],
    ["Malung-Sälen", "malung-salen"],
  ])("slugs %s as %s", (input, expected) => {
    expect(toSlug(input)).toBe(expected);
  });
});
