import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_HEADERS, formatCsvHeader, formatCsvRows, toExportRecord } from "./export";
import type { PartnershipWithDetail } from "./types";

const finland = { code: "FI", nameSv: "Finland", nameEn: "Finland", worldRegion: "NORDIC" };
const seychelles = { code: "SC", nameSv: "Seychellerna", nameEn: "Seychelles", worldRegion: "REST_OF_WORLD" };

const organisation = (code: string, name: string, shortName: string) => ({
  organisation: {
    id: Number(code),
    code,
    name,
    shortName,
    slug: shortName.toLowerCase(),
    kind: "MUNICIPALITY",
  },
});

/** A partnership as `partnershipDetail` loads it, with only what the export reads filled in. */
function partnership(
  overrides: Partial<Record<keyof PartnershipWithDetail, unknown>> = {},
): PartnershipWithDetail {
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
    participants: [organisation("2480", "Umeå kommun", "Umeå")],
    partners: [
      {
        name: "Vasa",
        position: 0,
        place: { id: 632978, name: "Vaasa", latitude: 63.096, longitude: 21.61577, country: finland },
        country: null,
        network: null,
      },
    ],
    areas: [],
    fundingForms: [],
    ...overrides,
  } as unknown as PartnershipWithDetail;
}

const csv = (rows: PartnershipWithDetail[], locale: "sv" | "en") =>
  parse(formatCsvRows(rows, locale), { delimiter: locale === "sv" ? ";" : "," }) as string[][];

describe("toExportRecord", () => {
  it("labels kind, type, activity and verification in the reader's language", () => {
    const row = partnership({
      kind: "OTHER",
      otherType: "COOPERATION_AGREEMENT",
      activityLevel: "SPORADIC",
      verification: "NEEDS_REVIEW",
    });
    expect(toExportRecord(row, "sv")).toMatchObject({
      kind: "Annat internationellt samarbete",
      otherType: "Samverkansavtal",
      activity: "Sporadisk",
      verification: "Ej verifierad",
    });
    expect(toExportRecord(row, "en")).toMatchObject({
      kind: "Other international cooperation",
      otherType: "Cooperation agreement",
      activity: "Sporadic",
      verification: "Not verified",
    });
    expect(toExportRecord(partnership(), "sv")).toMatchObject({
      kind: "Vänort",
      otherType: null,
      activity: null,
      verification: "Verifierad",
    });
    expect(toExportRecord(partnership(), "en").kind).toBe("Twin town");
  });

  it("names partners as the site does and takes the country from the place or the partner", () => {
    const row = partnership({
      partners: [
        partnership().partners[0],
        { name: "Seychellerna", position: 1, place: null, country: seychelles, network: null },
      ],
    });
    expect(toExportRecord(row, "en").partners).toEqual([
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
  });

  it("lists participants in Swedish order and areas and funding in the catalogue's order", () => {
    const row = partnership({
      participants: [
        organisation("2380", "Östersunds kommun", "Östersund"),
        organisation("2281", "Sundsvalls kommun", "Sundsvall"),
      ],
      areas: [
        {
          area: {
            code: "skills_supply",
            nameSv: "Kompetensförsörjning",
            nameEn: "Skills supply",
            position: 10,
          },
        },
        {
          area: {
            code: "business",
            nameSv: "Näringslivsutveckling och sysselsättning",
            nameEn: "Business",
            position: 2,
          },
        },
      ],
      fundingForms: [{ fundingForm: { code: "eu", nameSv: "EU-medel", nameEn: "EU funds", position: 1 } }],
      endedOn: new Date("2015-06-30T00:00:00Z"),
    });
    expect(toExportRecord(row, "sv")).toMatchObject({
      participants: [
        { code: "2281", name: "Sundsvalls kommun" },
        { code: "2380", name: "Östersunds kommun" },
      ],
      areas: ["Näringslivsutveckling och sysselsättning", "Kompetensförsörjning"],
      funding: ["EU-medel"],
      endedOn: "2015-06-30",
    });
  });
});

describe("CSV rows", () => {
  it("starts with a byte-order mark and the header in the locale's language, CRLF, right delimiter", () => {
    const sv = formatCsvHeader("sv");
    expect(sv.startsWith("\uFEFFID;Svenska parter;")).toBe(true);
    expect(sv.endsWith("Källa\r\n")).toBe(true);
    expect(formatCsvHeader("en").startsWith("\uFEFFID,Swedish participants,")).toBe(true);
    expect(CSV_HEADERS.sv).toHaveLength(CSV_HEADERS.en.length);
  });

  it("has one cell per header, in order", () => {
    const [cells] = csv([partnership({ startYear: 1999, source: "Umeå kommun" })], "sv");
    expect(cells).toEqual([
      "7",
      "Umeå kommun",
      "2480",
      "Vänort",
      "",
      "Vasa (Vaasa)",
      "FI",
      "Finland",
      "632978",
      "63,096",
      "21,61577",
      "1999",
      "",
      "",
      "",
      "",
      "Verifierad",
      "",
      "Umeå kommun",
    ]);
    expect(cells).toHaveLength(CSV_HEADERS.sv.length);
  });

  it("keeps Swedish letters and quotes delimiters, quotes and line breaks", () => {
    const description = 'Åsele, Älvdalen; Örnsköldsvik\nsäger "hej"\r\nigen';
    const row = partnership({ description, source: "KF 2019-11-25 § 155; bilaga" });
    const text = formatCsvRows([row], "sv");
    expect(text).toContain('"Åsele, Älvdalen; Örnsköldsvik\nsäger ""hej""\r\nigen"');
    expect(text.endsWith("\r\n")).toBe(true);
    const [sv] = csv([row], "sv");
    expect(sv![17]).toBe(description);
    expect(sv![18]).toBe("KF 2019-11-25 § 155; bilaga");
    const [en] = csv([row], "en");
    expect(en![17]).toBe(description);
    expect(en![9]).toBe("63.096");
  });

  it("joins several values in one cell with semicolons, quoted in the Swedish file", () => {
    const row = partnership({
      participants: [
        organisation("2380", "Östersunds kommun", "Östersund"),
        organisation("2281", "Sundsvalls kommun", "Sundsvall"),
      ],
      partners: [
        partnership().partners[0],
        { name: "Seychellerna", position: 1, place: null, country: seychelles, network: null },
      ],
    });
    expect(formatCsvRows([row], "sv")).toContain(';"Sundsvalls kommun; Östersunds kommun";"2281; 2380";');
    const [cells] = csv([row], "sv");
    expect(cells!.slice(5, 11)).toEqual([
      "Vasa (Vaasa); Seychellerna",
      "FI; SC",
      "Finland; Seychellerna",
      "632978; ",
      "63,096; ",
      "21,61577; ",
    ]);
  });

  it("makes text that looks like a spreadsheet formula inert, but not negative coordinates", () => {
    const row = partnership({
      description: '=HYPERLINK("http://evil")',
      source: "@SUM(A1)",
      partners: [
        {
          name: "-Ort",
          position: 0,
          place: { id: 1, name: "-Ort", latitude: -33.9, longitude: -70.6, country: finland },
          country: null,
          network: null,
        },
      ],
    });
    const [cells] = csv([row], "en");
    expect(cells![17]).toBe('\'=HYPERLINK("http://evil")');
    expect(cells![18]).toBe("'@SUM(A1)");
    expect(cells![5]).toBe("'-Ort");
    expect(cells!.slice(9, 11)).toEqual(["-33.9", "-70.6"]);
  });
});
