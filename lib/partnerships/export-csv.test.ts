import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { stringify } from "csv-stringify/sync";
import { CSV_HEADERS, csvCell, csvOptions, formatCsvHeader, formatCsvRows, inert } from "./export-csv";
import type { ExportRecord } from "./export-record";

const vaasa = {
  label: "Vasa (Vaasa)",
  countryCode: "FI",
  countryName: "Finland",
  geonameId: 632978,
  latitude: 63.096,
  longitude: 21.61577,
};

/** A record as toExportRecord makes it, in Swedish. */
function record(overrides: Partial<ExportRecord> = {}): ExportRecord {
  return {
    id: 7,
    participants: [{ code: "2480", name: "Umeå kommun" }],
    kind: "Vänort",
    otherType: null,
    partners: [vaasa],
    startYear: null,
    endedOn: null,
    activity: null,
    areas: [],
    funding: [],
    verification: "Verifierad",
    description: null,
    source: null,
    ...overrides,
  };
}

const csv = (records: ExportRecord[], locale: "sv" | "en") =>
  parse(formatCsvRows(records, locale), { delimiter: locale === "sv" ? ";" : "," }) as string[][];

describe("CSV rows", () => {
  it("starts with a byte-order mark and the header in the locale's language, CRLF, right delimiter", () => {
    const sv = formatCsvHeader("sv");
    expect(sv.startsWith("\uFEFFID;Svenska parter;")).toBe(true);
    expect(sv.endsWith("Källa\r\n")).toBe(true);
    expect(formatCsvHeader("en").startsWith("\uFEFFID,Swedish participants,")).toBe(true);
    expect(CSV_HEADERS.sv).toHaveLength(CSV_HEADERS.en.length);
  });

  it("has one cell per header, in order", () => {
    const [cells] = csv([record({ startYear: 1999, source: "Umeå kommun" })], "sv");
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
    const row = record({ description, source: "KF 2019-11-25 § 155; bilaga" });
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
    const row = record({
      participants: [
        { code: "2281", name: "Sundsvalls kommun" },
        { code: "2380", name: "Östersunds kommun" },
      ],
      partners: [
        vaasa,
        {
          label: "Seychellerna",
          countryCode: "SC",
          countryName: "Seychellerna",
          geonameId: null,
          latitude: null,
          longitude: null,
        },
      ],
      areas: ["Kultur", "Utbildning"],
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
    expect(cells![14]).toBe("Kultur; Utbildning");
  });

  it("makes text that looks like a spreadsheet formula inert, but not negative coordinates", () => {
    const row = record({
      description: '=HYPERLINK("http://evil")',
      source: "@SUM(A1)",
      partners: [{ ...vaasa, label: "-Ort", geonameId: 1, latitude: -33.9, longitude: -70.6 }],
    });
    const [cells] = csv([row], "en");
    expect(cells![17]).toBe('\'=HYPERLINK("http://evil")');
    expect(cells![18]).toBe("'@SUM(A1)");
    expect(cells![5]).toBe("'-Ort");
    expect(cells!.slice(9, 11)).toEqual(["-33.9", "-70.6"]);
  });

  it("leaves ordinary text and empty cells alone, and catches full-width and control starts", () => {
    expect(inert("Umeå")).toBe("Umeå");
    expect(inert(null)).toBeNull();
    expect(inert("")).toBe("");
    for (const start of ["+", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"])
      expect(inert(`${start}1`)).toBe(`'${start}1`);
  });
});

describe("CSV quoting", () => {
  // csv-stringify, with the files' options, is the reference the hand-written quoting must match.
  const ALPHABET = ["a", "å", ";", ",", '"', "\r", "\n", " ", "=", "-", "'", "1", ".", "\t"];

  it("quotes every cell as csv-stringify does, for random text with delimiters, quotes and line breaks", () => {
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 5000; i++) {
      const text = Array.from(
        { length: Math.floor(random() * 8) },
        () => ALPHABET[Math.floor(random() * ALPHABET.length)],
      ).join("");
      for (const locale of ["sv", "en"] as const) {
        const delimiter = csvOptions(locale).delimiter as ";" | ",";
        expect(csvCell(text, delimiter)).toBe(stringify([[text]], csvOptions(locale)).slice(0, -2));
      }
    }
    expect(csvCell(63.5, ";")).toBe("63.5");
    expect(csvCell(null, ",")).toBe("");
  });
});

describe("line breaks", () => {
  it("quotes a cell with a bare line feed or carriage return, so its row stays one row", () => {
    const rows = parse(
      formatCsvRows([record({ description: "rad ett\nrad två" }), record({ source: "a\rb" })], "sv"),
      {
        delimiter: ";",
      },
    ) as string[][];
    expect(rows).toHaveLength(2);
    expect(rows[0]![17]).toBe("rad ett\nrad två");
    expect(rows[1]![18]).toBe("a\rb");
  });
});
