import { describe, expect, it } from "vitest";
import { toExportRecord } from "./export-record";
import type { ExportRow } from "./export-rows";

const finland = { code: "FI", nameSv: "Finland", nameEn: "Finland" };
const seychelles = { code: "SC", nameSv: "Seychellerna", nameEn: "Seychelles" };

const vasa: ExportRow["partners"][number] = {
  type: "PLACE",
  name: "Vasa",
  place: {
    id: 632978,
    name: "Vaasa",
    countryCode: "FI",
    latitude: 63.096,
    longitude: 21.61577,
    country: finland,
  },
  country: null,
  network: null,
};

/** A partnership as the export's query reads it. */
function row(overrides: Partial<ExportRow> = {}): ExportRow {
  return {
    id: 7,
    kind: "TWIN_TOWN",
    otherType: null,
    title: null,
    activityLevel: null,
    startYear: null,
    endedOn: null,
    verification: "VERIFIED",
    description: null,
    source: null,
    participants: [{ code: "2480", name: "Umeå kommun" }],
    partners: [vasa],
    areas: [],
    fundingForms: [],
    ...overrides,
  };
}

describe("toExportRecord", () => {
  it("labels kind, type, activity and verification in the reader's language", () => {
    const other = row({
      kind: "OTHER",
      otherType: "COOPERATION_AGREEMENT",
      activityLevel: "SPORADIC",
      verification: "NEEDS_REVIEW",
    });
    expect(toExportRecord(other, "sv")).toMatchObject({
      kind: "Annat internationellt samarbete",
      otherType: "Samverkansavtal",
      activity: "Sporadisk",
      verification: "Ej verifierad",
    });
    expect(toExportRecord(other, "en")).toMatchObject({
      kind: "Other international cooperation",
      otherType: "Cooperation agreement",
      activity: "Sporadic",
      verification: "Not verified",
    });
    expect(toExportRecord(row(), "sv")).toMatchObject({
      kind: "Vänort",
      otherType: null,
      activity: null,
      verification: "Verifierad",
    });
    expect(toExportRecord(row(), "en").kind).toBe("Twin town");
  });

  it("names partners as the site does and takes the country from the place or the partner", () => {
    const two = row({
      partners: [
        vasa,
        { type: "COUNTRY", name: "Seychellerna", place: null, country: seychelles, network: null },
      ],
    });
    expect(toExportRecord(two, "en").partners).toEqual([
      {
        label: "Vaasa",
        countryCode: "FI",
        countryName: "Finland",
        geonameId: 632978,
        latitude: 63.096,
        longitude: 21.61577,
      },
      {
        label: "Seychelles",
        countryCode: "SC",
        countryName: "Seychelles",
        geonameId: null,
        latitude: null,
        longitude: null,
      },
    ]);
    expect(toExportRecord(two, "sv").partners.map((p) => p.label)).toEqual(["Vasa (Vaasa)", "Seychellerna"]);
  });

  it("lists participants in Swedish order and areas and funding in the catalogue's order", () => {
    const shared = row({
      participants: [
        { code: "2380", name: "Östersunds kommun" },
        { code: "2281", name: "Sundsvalls kommun" },
      ],
      areas: [
        { code: "skills_supply", nameSv: "Kompetensförsörjning", nameEn: "Skills supply", position: 10 },
        {
          code: "business",
          nameSv: "Näringslivsutveckling och sysselsättning",
          nameEn: "Business",
          position: 2,
        },
      ],
      fundingForms: [{ code: "eu", nameSv: "EU-medel", nameEn: "EU funds", position: 1 }],
      endedOn: "2015-06-30",
    });
    expect(toExportRecord(shared, "sv")).toMatchObject({
      participants: [
        { code: "2281", name: "Sundsvalls kommun" },
        { code: "2380", name: "Östersunds kommun" },
      ],
      areas: ["Näringslivsutveckling och sysselsättning", "Kompetensförsörjning"],
      funding: ["EU-medel"],
      endedOn: "2015-06-30",
    });
    expect(toExportRecord(shared, "en").areas).toEqual(["Business", "Skills supply"]);
  });
});
