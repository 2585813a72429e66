import { describe, expect, it } from "vitest";
import { areNeighbours } from "./neighbours";
import { fitOf, suggestMembers, suggestRequests, type MemberProfile } from "./ranking";

const member = (name: string, over: Partial<MemberProfile> = {}): MemberProfile => ({
  organisationId: name.length,
  name,
  partnerCountries: new Map(),
  areaCodes: new Set(),
  seekingCountries: new Set(),
  seekingRegions: new Set(),
  ...over,
});

describe("neighbours", () => {
  it("knows land borders both ways, and not the sea", () => {
    expect(areNeighbours("PL", "DE")).toBe(true);
    expect(areNeighbours("de", "pl")).toBe(true);
    expect(areNeighbours("FI", "EE")).toBe(false);
    expect(areNeighbours("XX", "PL")).toBe(false);
  });
});

describe("fitOf", () => {
  const request = { countryCode: "PL", areaCodes: ["culture", "schools", "environment", "youth"] };

  it("counts partnerships in the same country and says how many", () => {
    const fit = fitOf(request, member("Umeå", { partnerCountries: new Map([["PL", 2]]) }));
    expect(fit).toEqual({ score: 3, reasons: [{ type: "sameCountry", country: "PL", count: 2 }] });
  });

  it("prefers a member that seeks the country itself, and counts a sought region for less", () => {
    expect(fitOf(request, member("A", { seekingCountries: new Set(["PL"]) }))?.score).toBe(4);
    expect(fitOf(request, member("B", { seekingRegions: new Set(["REST_OF_EUROPE"]) }))).toEqual({
      score: 2,
      reasons: [{ type: "seekingRegion", region: "REST_OF_EUROPE" }],
    });
    // The country itself wins over its region: one reason, not both.
    const both = fitOf(
      request,
      member("C", { seekingCountries: new Set(["PL"]), seekingRegions: new Set(["REST_OF_EUROPE"]) }),
    );
    expect(both?.reasons).toEqual([{ type: "seeking", country: "PL" }]);
  });

  it("gives a point for partnerships in neighbouring countries and names them", () => {
    const fit = fitOf(
      request,
      member("Luleå", {
        partnerCountries: new Map([
          ["LT", 1],
          ["DE", 3],
          ["FI", 1],
        ]),
      }),
    );
    expect(fit).toEqual({ score: 1, reasons: [{ type: "neighbour", countries: ["DE", "LT"] }] });
  });

  it("adds shared areas (at most three points) only to a member with a tie to the country", () => {
    const areas = new Set(["culture", "schools", "environment", "youth", "health"]);
    expect(fitOf(request, member("Only areas", { areaCodes: areas }))).toBeNull();
    const fit = fitOf(request, member("Tied", { areaCodes: areas, partnerCountries: new Map([["PL", 1]]) }));
    expect(fit?.score).toBe(3 + 3);
    expect(fit?.reasons.at(-1)).toEqual({
      type: "areas",
      areas: ["culture", "environment", "schools", "youth"],
    });
  });

  it("is null for a member with no tie at all", () => {
    expect(fitOf(request, member("Nobody"))).toBeNull();
  });
});

describe("suggestMembers and suggestRequests", () => {
  const members = [
    member("Örebro", { partnerCountries: new Map([["PL", 1]]) }),
    member("Borås", { partnerCountries: new Map([["PL", 1]]) }),
    member("Kiruna", { seekingCountries: new Set(["PL"]), areaCodes: new Set(["culture"]) }),
    member("Gotland"),
  ];

  it("orders by score, then by name in Swedish order, and leaves out members with no tie", () => {
    const ranked = suggestMembers({ countryCode: "PL", areaCodes: ["culture"] }, members);
    expect(ranked.map((r) => [r.member.name, r.score])).toEqual([
      ["Kiruna", 5],
      ["Borås", 3],
      ["Örebro", 3],
    ]);
    expect(suggestMembers({ countryCode: "PL", areaCodes: [] }, members, 1)).toHaveLength(1);
  });

  it("ranks requests for one member, newest first among equals", () => {
    const umea = member("Umeå", { partnerCountries: new Map([["PL", 1]]), areaCodes: new Set(["culture"]) });
    const requests = [
      { id: 1, countryCode: "PL", areaCodes: [] },
      { id: 2, countryCode: "PL", areaCodes: [] },
      { id: 3, countryCode: "PL", areaCodes: ["culture"] },
      { id: 4, countryCode: "JP", areaCodes: ["culture"] },
    ];
    expect(suggestRequests(umea, requests).map((r) => r.request.id)).toEqual([3, 2, 1]);
  });
});
