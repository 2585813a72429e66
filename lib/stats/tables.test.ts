import { describe, expect, it } from "vitest";
import { getI18n } from "../i18n/server";
import { computeStatistics } from "./compute";
import { statsDatasetSchema } from "./dataset";
import { statisticsTables } from "./tables";

/** Three kommuner in three counties, none with a kommungrupp; one twin town without an activity level. */
const dataset = statsDatasetSchema.parse({
  asOf: "2026-01-01T00:00:00.000Z",
  organisations: [
    ["0180", "Stockholm", "01"],
    ["1880", "Örebro", "18"],
    ["0580", "Linköping", "05"],
  ].map(([code, name, countyCode], i) => ({
    id: i + 1,
    code,
    name,
    slug: name!.toLowerCase(),
    kind: "MUNICIPALITY",
    countyCode,
    municipalityGroupCode: null,
    coordinationForms: [],
  })),
  partnerships: [
    {
      id: 1,
      kind: "TWIN_TOWN",
      activityLevel: null,
      participantIds: [1],
      countryCodes: [],
      areaCodes: [],
      fundingCodes: [],
    },
  ],
  countries: [],
  counties: [
    { code: "01", name: "Stockholms län" },
    { code: "05", name: "Östergötlands län" },
    { code: "18", name: "Örebro län" },
  ],
  municipalityGroups: [{ code: "A1", name: "Storstäder" }],
  areas: [],
  fundingForms: [],
});

const tablesIn = (locale: "sv" | "en", data = dataset) =>
  Object.fromEntries(statisticsTables(computeStatistics(data), data, getI18n(locale)).map((t) => [t.id, t]));

describe("statisticsTables", () => {
  it("lists counties by name in the reader's collation, not by county code", () => {
    expect(tablesIn("sv").lan!.rows.map((r) => r[0])).toEqual([
      "Stockholms län",
      "Örebro län",
      "Östergötlands län",
    ]);
    // In English, the English names, and English collation puts Ö beside O.
    expect(tablesIn("en").lan!.rows.map((r) => r[0])).toEqual([
      "Örebro County",
      "Östergötland County",
      "Stockholm County",
    ]);
  });

  it("words the trend's sources in the reader's language, the report's title as published", () => {
    const source = (locale: "sv" | "en") => tablesIn(locale).utveckling!.rows[0]![3];
    expect(source("sv")).toBe(
      "SKL, Internationella samarbeten – en rapport om kommuners, landstings och regioners vänorter, kommunala partnerskap och andra internationella samarbeten (2019-01-31), kapitel 1 och fotnot 7–8",
    );
    expect(source("en")).toMatch(
      /^SKL \(Swedish Association of Local Authorities and Regions\), Internationella samarbeten/,
    );
    expect(source("en")).toMatch(/\(2019-01-31; in Swedish\), chapter 1 and footnotes 7–8$/);
  });

  it("names kommungrupper in the reader's language", () => {
    const grouped = {
      ...dataset,
      organisations: dataset.organisations.map((o) => ({ ...o, municipalityGroupCode: "A1" })),
    };
    expect(tablesIn("sv", grouped).kommungrupper!.rows.map((r) => r[0])).toEqual(["A1 Storstäder"]);
    expect(tablesIn("en", grouped).kommungrupper!.rows.map((r) => r[0])).toEqual(["A1 Large cities"]);
  });

  it("says why a table is empty: no kommungrupper imported, no activity, area, funding or coordination reported", () => {
    const sv = tablesIn("sv");
    expect(sv.kommungrupper!.rows).toEqual([]);
    expect(sv.kommungrupper!.empty).toBe(
      "Inga kommungrupper är importerade än: ingen kommun har en kommungrupp i registret.",
    );
    expect(tablesIn("en").kommungrupper!.empty).toBe(
      "No municipality groups have been imported yet: no municipality has a group in the registry.",
    );
    expect(sv["flest-aktiva"]!.rows).toEqual([]);
    expect(sv["flest-aktiva"]!.empty).toMatch(/^Inget samarbete har en rapporterad aktivitetsgrad än/);
    for (const id of ["omraden-vanort-partnerskap", "finansiering", "samordning"] as const) {
      expect(sv[id]!.rows).toEqual([]);
      expect(sv[id]!.empty).toBeTruthy();
    }
  });

  it("tells 'nothing reported as active' apart from 'no activity reported'", () => {
    const dormant = statsDatasetSchema.parse({
      ...dataset,
      partnerships: [{ ...dataset.partnerships[0]!, activityLevel: "DORMANT" }],
    });
    expect(tablesIn("sv", dormant)["flest-aktiva"]!.empty).toBe("Inget samarbete är rapporterat som aktivt.");
  });

  it("keeps the kommungrupp rows once any kommun has a group", () => {
    const grouped = statsDatasetSchema.parse({
      ...dataset,
      organisations: dataset.organisations.map((o) =>
        o.id === 1 ? { ...o, municipalityGroupCode: "A1" } : o,
      ),
    });
    expect(tablesIn("sv", grouped).kommungrupper!.rows.map((r) => r[0])).toEqual([
      "A1 Storstäder",
      "Ingen kommungrupp registrerad",
    ]);
  });

  it("warns beside the trend that today's total is not the survey's until coverage is complete", () => {
    expect(tablesIn("sv").utveckling!.caveat).toContain(
      "enkätens totalsumma från 2018 (527) förrän täckningen är fullständig: 1 av 3 kommuner och regioner",
    );
    const reviewed = statsDatasetSchema.parse({
      ...dataset,
      organisations: dataset.organisations.map((o) => ({ ...o, lastReviewedOn: "2026-01-01" })),
    });
    expect(tablesIn("en", reviewed).utveckling!.caveat).toBeUndefined();
  });
});
