import { describe, expect, it } from "vitest";
import { computeStatistics, countryFigures } from "./compute";
import { statsDatasetSchema, type StatsDataset } from "./dataset";

const named = (code: string) => ({ code, nameSv: `${code} sv`, nameEn: `${code} en` });
const org = (
  id: number,
  kind: "MUNICIPALITY" | "REGION",
  name: string,
  countyCode: string,
  group: string | null,
  coordination: StatsDataset["organisations"][number]["coordinationForms"] = [],
  lastReviewedOn?: string,
) => ({
  id,
  code: `C${id}`,
  name,
  slug: name.toLowerCase().replace(/ /g, "-"),
  kind,
  countyCode,
  municipalityGroupCode: group,
  coordinationForms: coordination,
  lastReviewedOn,
});
type P = StatsDataset["partnerships"][number];
const p = (
  id: number,
  kind: P["kind"],
  activityLevel: P["activityLevel"],
  participantIds: number[],
  countryCodes: string[],
  areaCodes: string[],
  fundingCodes: string[],
): P => ({
  id,
  kind,
  activityLevel,
  participantIds,
  countryCodes,
  areaCodes,
  fundingCodes,
});

/** Four kommuner and two regions in two counties, eight current partnerships. */
const dataset: StatsDataset = statsDatasetSchema.parse({
  asOf: "2026-01-01T00:00:00.000Z",
  organisations: [
    org(1, "MUNICIPALITY", "Alfa kommun", "01", "A1", ["DESIGNATED_OFFICER", "COUNCIL_OR_BOARD"]),
    org(2, "MUNICIPALITY", "Beta kommun", "01", "C8", ["DESIGNATED_OFFICER"]),
    org(3, "MUNICIPALITY", "Gamma kommun", "02", null),
    org(4, "MUNICIPALITY", "Delta kommun", "02", "C8"),
    org(5, "REGION", "Region Ett", "01", null, ["STEERING_GROUP"]),
    // Reviewed by an officer, with no partnership: reported as having none.
    org(6, "REGION", "Region Två", "02", null, [], "2025-05-01"),
  ],
  partnerships: [
    p(1, "TWIN_TOWN", "ACTIVE", [1], ["FI"], ["culture", "school"], ["own"]),
    p(2, "TWIN_TOWN", "SPORADIC", [1], ["DE"], ["culture"], ["own", "eu"]),
    p(3, "TWIN_TOWN", "DORMANT", [2], ["RU"], [], []),
    p(4, "TWIN_TOWN", "ACTIVE", [1, 5], ["CN"], ["business"], ["own"]),
    p(5, "MUNICIPAL_PARTNERSHIP", "ACTIVE", [2], ["CN"], ["democracy"], ["sida"]),
    p(6, "OTHER", null, [2, 5], [], ["school", "environment"], ["eu"]),
    p(7, "OTHER", "ACTIVE", [5], ["NO", "EE"], ["environment"], ["own"]),
    p(8, "TWIN_TOWN", null, [3], ["NO", "DE"], [], []),
  ],
  countries: [
    { ...named("CN"), worldRegion: "REST_OF_WORLD" },
    { ...named("DE"), worldRegion: "REST_OF_EUROPE" },
    { ...named("EE"), worldRegion: "REST_OF_EUROPE" },
    { ...named("FI"), worldRegion: "NORDIC" },
    { ...named("NO"), worldRegion: "NORDIC" },
    { ...named("RU"), worldRegion: "REST_OF_EUROPE" },
  ],
  counties: [
    { code: "01", name: "Första län" },
    { code: "02", name: "Andra län" },
    { code: "03", name: "Tomma län" },
  ],
  municipalityGroups: [
    { code: "A1", name: "Storstäder" },
    { code: "B3", name: "Större stad" },
    { code: "C8", name: "Landsbygdskommun" },
  ],
  areas: ["culture", "school", "business", "democracy", "environment"].map(named),
  fundingForms: ["own", "eu", "sida"].map(named),
});

describe("computeStatistics", () => {
  const stats = computeStatistics(dataset);

  it("counts members with each form of engagement, per member kind", () => {
    expect(stats.engagement).toEqual({
      MUNICIPALITY: {
        members: 4,
        withTwinOrPartnership: 3,
        withOther: 1,
        withBoth: 1,
        withAny: 3,
        withNone: 1,
      },
      REGION: { members: 2, withTwinOrPartnership: 1, withOther: 1, withBoth: 1, withAny: 1, withNone: 1 },
    });
    expect(stats.municipalitiesWithTwinOrPartnership).toBe(3);
  });

  it("counts partnerships per kind, a shared one once in the total and once for each member kind", () => {
    expect(stats.kinds).toEqual({
      TWIN_TOWN: { total: 5, byMunicipalities: 5, byRegions: 1 },
      MUNICIPAL_PARTNERSHIP: { total: 1, byMunicipalities: 1, byRegions: 0 },
      OTHER: { total: 2, byMunicipalities: 1, byRegions: 2 },
    });
    expect(stats.twinOrPartnershipTotal).toBe(6);
  });

  it("counts activity levels per kind, unreported ones apart", () => {
    expect(stats.activity).toEqual({
      TWIN_TOWN: { ACTIVE: 2, SPORADIC: 1, DORMANT: 1, UNKNOWN: 1, total: 5 },
      MUNICIPAL_PARTNERSHIP: { ACTIVE: 1, SPORADIC: 0, DORMANT: 0, UNKNOWN: 0, total: 1 },
      OTHER: { ACTIVE: 1, SPORADIC: 0, DORMANT: 0, UNKNOWN: 1, total: 2 },
    });
  });

  it("counts distinct partner countries and splits vänorter and partnerskap by world region", () => {
    expect(stats.countries).toEqual({ twinOrPartnership: 5, all: 6 });
    // Partnership 8 has partners in Norway and Germany: it counts in both regions.
    expect(stats.worldRegions).toEqual({ NORDIC: 2, REST_OF_EUROPE: 3, REST_OF_WORLD: 2, UNKNOWN: 0 });
  });

  it("ranks areas per partnership, by the report's two groups", () => {
    expect(stats.areas).toEqual({
      TWIN_OR_PARTNERSHIP: {
        partnerships: 6,
        withAreas: 4,
        rows: [
          { code: "culture", count: 2 },
          { code: "school", count: 1 },
          { code: "business", count: 1 },
          { code: "democracy", count: 1 },
        ],
      },
      OTHER: {
        partnerships: 2,
        withAreas: 2,
        rows: [
          { code: "environment", count: 2 },
          { code: "school", count: 1 },
        ],
      },
    });
  });

  it("ranks funding forms per member, by kind and member kind", () => {
    expect(stats.funding).toEqual({
      TWIN_TOWN: {
        MUNICIPALITY: {
          membersWithFunding: 1,
          rows: [
            { code: "own", count: 1 },
            { code: "eu", count: 1 },
          ],
        },
        REGION: { membersWithFunding: 1, rows: [{ code: "own", count: 1 }] },
      },
      MUNICIPAL_PARTNERSHIP: {
        MUNICIPALITY: { membersWithFunding: 1, rows: [{ code: "sida", count: 1 }] },
        REGION: { membersWithFunding: 0, rows: [] },
      },
      OTHER: {
        MUNICIPALITY: { membersWithFunding: 1, rows: [{ code: "eu", count: 1 }] },
        REGION: {
          membersWithFunding: 1,
          rows: [
            { code: "own", count: 1 },
            { code: "eu", count: 1 },
          ],
        },
      },
    });
  });

  it("lists the members with the most active partnerships", () => {
    const alfa = { code: "C1", name: "Alfa kommun", slug: "alfa-kommun", kind: "MUNICIPALITY" };
    const beta = { code: "C2", name: "Beta kommun", slug: "beta-kommun", kind: "MUNICIPALITY" };
    const ett = { code: "C5", name: "Region Ett", slug: "region-ett", kind: "REGION" };
    expect(stats.topMembers).toEqual({
      MUNICIPALITY: {
        TWIN_TOWN: [{ ...alfa, active: 2, activeOrSporadic: 3 }],
        MUNICIPAL_PARTNERSHIP: [{ ...beta, active: 1, activeOrSporadic: 1 }],
        OTHER: [],
      },
      REGION: {
        TWIN_TOWN: [{ ...ett, active: 1, activeOrSporadic: 1 }],
        MUNICIPAL_PARTNERSHIP: [],
        OTHER: [{ ...ett, active: 1, activeOrSporadic: 1 }],
      },
    });
  });

  it("breaks members and partnerships down by county and by kommungrupp", () => {
    expect(stats.byCounty).toEqual([
      { code: "01", name: "Första län", members: 3, membersWithAny: 3, partnerships: 7 },
      { code: "02", name: "Andra län", members: 3, membersWithAny: 1, partnerships: 1 },
    ]);
    expect(stats.byMunicipalityGroup).toEqual([
      { code: "A1", name: "Storstäder", members: 1, membersWithAny: 1, partnerships: 3 },
      { code: "C8", name: "Landsbygdskommun", members: 2, membersWithAny: 1, partnerships: 3 },
      { code: null, name: "", members: 1, membersWithAny: 1, partnerships: 1 },
    ]);
  });

  it("counts coordination forms per member kind", () => {
    expect(stats.coordination).toEqual({
      MUNICIPALITY: {
        members: 4,
        membersReporting: 2,
        rows: [
          { code: "DESIGNATED_OFFICER", count: 2 },
          { code: "COUNCIL_OR_BOARD", count: 1 },
        ],
      },
      REGION: { members: 2, membersReporting: 1, rows: [{ code: "STEERING_GROUP", count: 1 }] },
    });
  });

  it("counts coverage: members that reported or were reviewed, partnerships with a known activity level", () => {
    expect(stats.coverage).toEqual({
      // Delta kommun has no partnership and was never reviewed: "not reported", not "none".
      members: { MUNICIPALITY: { members: 4, reported: 3 }, REGION: { members: 2, reported: 2 } },
      partnerships: { current: 8, withKnownActivity: 6 },
      complete: false,
    });
  });

  it("calls coverage complete once every member reported or was reviewed", () => {
    const reviewed = statsDatasetSchema.parse({
      ...dataset,
      organisations: dataset.organisations.map((o) =>
        o.id === 4 ? { ...o, lastReviewedOn: "2026-01-01" } : o,
      ),
    });
    expect(computeStatistics(reviewed).coverage.complete).toBe(true);
  });

  it("reads a snapshot frozen before review dates were kept as unreviewed", () => {
    const old = statsDatasetSchema.parse({
      ...dataset,
      organisations: dataset.organisations.map(({ lastReviewedOn: _, ...o }) => o),
    });
    expect(old.organisations.every((o) => o.lastReviewedOn === null)).toBe(true);
    expect(computeStatistics(old).coverage.members.REGION).toEqual({ members: 2, reported: 1 });
  });

  it("leaves the country figures out unless a country is chosen", () => {
    expect(stats.country).toBeNull();
    expect(computeStatistics(dataset, { country: "cn" }).country).toEqual(countryFigures(dataset, "CN"));
  });
});

describe("countryFigures", () => {
  it("counts members and partnerships in a country (the report's China figure)", () => {
    expect(countryFigures(dataset, "CN")).toEqual({
      code: "CN",
      partnerships: { TWIN_TOWN: 1, MUNICIPAL_PARTNERSHIP: 1, OTHER: 0 },
      members: {
        MUNICIPALITY: { TWIN_TOWN: 1, MUNICIPAL_PARTNERSHIP: 1, OTHER: 0, TWIN_OR_PARTNERSHIP: 2 },
        REGION: { TWIN_TOWN: 1, MUNICIPAL_PARTNERSHIP: 0, OTHER: 0, TWIN_OR_PARTNERSHIP: 1 },
      },
    });
  });

  it("counts other cooperation apart from vänorter", () => {
    expect(countryFigures(dataset, "no")).toEqual({
      code: "NO",
      partnerships: { TWIN_TOWN: 1, MUNICIPAL_PARTNERSHIP: 0, OTHER: 1 },
      members: {
        MUNICIPALITY: { TWIN_TOWN: 1, MUNICIPAL_PARTNERSHIP: 0, OTHER: 0, TWIN_OR_PARTNERSHIP: 1 },
        REGION: { TWIN_TOWN: 0, MUNICIPAL_PARTNERSHIP: 0, OTHER: 1, TWIN_OR_PARTNERSHIP: 0 },
      },
    });
  });

  it("answers zeros for a country without partners", () => {
    expect(countryFigures(dataset, "JP").partnerships).toEqual({
      TWIN_TOWN: 0,
      MUNICIPAL_PARTNERSHIP: 0,
      OTHER: 0,
    });
  });
});
