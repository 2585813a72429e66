import { describe, expect, it } from "vitest";
import { filterMembers } from "./member-filter";

const MEMBERS = [
  { value: "1", label: "Region Västerbotten" },
  { value: "2", label: "Umeå kommun" },
  { value: "3", label: "Västerås stad" },
  { value: "4", label: "Örebro kommun" },
];

describe("filterMembers", () => {
  it("folds accents and case, and puts names beginning with the text first", () => {
    expect(filterMembers(MEMBERS, "vaster", new Set()).map((m) => m.value)).toEqual(["3", "1"]);
    expect(filterMembers(MEMBERS, " UMEA ", new Set()).map((m) => m.label)).toEqual(["Umeå kommun"]);
    expect(filterMembers(MEMBERS, "orebro", new Set()).map((m) => m.value)).toEqual(["4"]);
  });

  it("leaves out members already chosen, and finds nothing for text in no name", () => {
    expect(filterMembers(MEMBERS, "kommun", new Set(["2"])).map((m) => m.value)).toEqual(["4"]);
    expect(filterMembers(MEMBERS, "Paris", new Set())).toEqual([]);
  });
});
