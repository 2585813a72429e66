import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { searchParamsToRecord } from "../../lib/directory/page-params";
import { parseDirectoryParams } from "../../lib/directory/parse-params";
import type { Locale } from "../../lib/i18n/config";
import { exportPartnershipsCsv, exportPartnershipsJson } from "../../lib/partnerships/export";
import { CSV_HEADERS } from "../../lib/partnerships/export-csv";
import type { ExportRecord } from "../../lib/partnerships/export-record";
import { testDatabase } from "../support/database";

const db = testDatabase();

const filtersOf = (query: string) =>
  parseDirectoryParams(searchParamsToRecord(new URLSearchParams(query))).filters;

async function bytesOf(stream: ReadableStream<Uint8Array>) {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The download as a spreadsheet would see it: rows of cells keyed by the header. */
async function downloadCsv(query: string, locale: Locale, options?: { batchSize?: number }) {
  const bytes = await bytesOf(exportPartnershipsCsv(db, filtersOf(query), locale, options));
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const [header, ...rows] = parse(text, { bom: true, delimiter: locale === "sv" ? ";" : "," }) as string[][];
  const records = rows.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]!])));
  return { bytes, text, header, rows, records };
}

async function downloadJson(query: string, locale: Locale, options?: { batchSize?: number }) {
  return JSON.parse(
    await new Response(exportPartnershipsJson(db, filtersOf(query), locale, options)).text(),
  ) as ExportRecord[];
}

describe("CSV download", () => {
  it("is UTF-8 with a byte-order mark, CRLF line ends and a Swedish header separated by semicolons", async () => {
    const { bytes, text, header } = await downloadCsv("", "sv");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).startsWith("ID;Svenska parter;Kommun- och regionkoder;Typ;")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/); // no seeded text has a line break of its own
    expect(header).toEqual(CSV_HEADERS.sv);
  });

  it("has one row per current partnership, in id order", async () => {
    const { records } = await downloadCsv("", "sv");
    expect(records).toHaveLength(17);
    const ids = records.map((r) => Number(r.ID));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(await db.partnership.count({ where: { id: { in: ids }, removedAt: null, endedOn: null } })).toBe(
      17,
    );
  });

  it("writes the Swedish rows with Swedish letters, labels and decimal commas", async () => {
    const { records } = await downloadCsv("", "sv");
    const vasa = records.find((r) => r.Partner === "Vasa (Vaasa)")!;
    expect(vasa).toMatchObject({
      "Svenska parter": "Umeå kommun",
      "Kommun- och regionkoder": "2480",
      Typ: "Vänort",
      "Typ av annat samarbete": "",
      "Partnerns landskod": "FI",
      "Partnerns land": "Finland",
      "GeoNames-id": "632978",
      Startår: "",
      Avslutat: "",
      Aktivitetsgrad: "",
      Verifiering: "Verifierad",
    });
    expect(vasa.Latitud).toMatch(/^63,\d+$/);
    expect(vasa.Källa).toMatch(/granskad 2018-03-28/);

    const trondheim = records.find((r) => r.Partner === "Trondheim")!;
    expect(trondheim).toMatchObject({
      "Svenska parter": "Sundsvalls kommun; Östersunds kommun",
      "Kommun- och regionkoder": "2281; 2380",
      Typ: "Annat internationellt samarbete",
      "Typ av annat samarbete": "Samarbete",
      "Partnerns land": "Norge",
      Startår: "1999",
      Samarbetsområden:
        "Näringslivsutveckling och sysselsättning; Infrastruktur och kommunikationer; Kompetensförsörjning",
    });
    expect(trondheim.Beskrivning).toMatch(/^The three cities of Sundsvall, Östersund and Trondheim/);

    const seychelles = records.find((r) => r["Partnerns landskod"] === "SC")!;
    expect(seychelles).toMatchObject({
      Partner: "Seychellerna",
      "Partnerns land": "Seychellerna",
      "GeoNames-id": "",
      Latitud: "",
    });
    expect(
      records.find((r) => r["Svenska parter"] === "Sollefteå kommun" && r.Partner?.startsWith("Esashi")),
    ).toMatchObject({
      Verifiering: "Ej verifierad",
      "Partnerns land": "Japan",
    });
    expect(records.map((r) => r.Partner)).toEqual(
      expect.arrayContaining(["Helsingör (Helsingør)", "Pöltsamaa (Põltsamaa)", "Würzburg", "Xi'an"]),
    );
  });

  it("writes the English file with commas, English labels and decimal points", async () => {
    const { text, header, records } = await downloadCsv("", "en");
    expect(text.slice(1).startsWith("ID,Swedish participants,Municipality and region codes,Kind,")).toBe(
      true,
    );
    expect(header).toEqual(CSV_HEADERS.en);
    expect(records).toHaveLength(17);
    // English files name a place by GeoNames' name, as English pages do (partner-label.ts).
    expect(records.map((r) => r.Partner)).toEqual(expect.arrayContaining(["Helsingør", "Põltsamaa"]));
    expect(records.find((r) => r.Partner === "Vaasa")).toMatchObject({
      "Swedish participants": "Umeå kommun",
      Kind: "Twin town",
      "Partner country": "Finland",
      Verification: "Verified",
      Latitude: expect.stringMatching(/^63\.\d+$/),
    });
    expect(records.find((r) => r["Partner country code"] === "SC")).toMatchObject({
      Partner: "Seychelles",
      "Partner country": "Seychelles",
      Kind: "Other international cooperation",
      "Type of other cooperation": "Cooperation agreement",
    });
    expect(records.find((r) => r.Partner === "UNESCO Creative Cities Network")).toMatchObject({
      "Swedish participants": "Östersunds kommun",
      Areas: "Gastronomy",
      "Partner country code": "",
    });
  });

  it.each([
    ["land=FI&typ=vanort", ["Vasa (Vaasa)", "Nykarleby"]],
    ["lan=23", ["Trondheim", "UNESCO Creative Cities Network"]],
    ["omrade=gastronomy", ["UNESCO Creative Cities Network"]],
    ["q=Vaasa", ["Vasa (Vaasa)"]],
    ["land=CN", ["Xi'an", "Qufu", "Lanzhou"]],
    ["aktivitet=aktiv", []],
  ])("contains only the selection: %s", async (query, partners) => {
    const { records } = await downloadCsv(query, "sv");
    expect(records.map((r) => r.Partner)).toEqual(partners);
  });

  it("is the same whatever the batch size, across batch boundaries", async () => {
    const whole = await downloadCsv("", "sv");
    const inThrees = await downloadCsv("", "sv", { batchSize: 3 });
    const inOnes = await downloadCsv("", "sv", { batchSize: 1 });
    expect(inThrees.text).toBe(whole.text);
    expect(inOnes.text).toBe(whole.text);
  });

  it("is only a header for an empty selection", async () => {
    const { rows, header } = await downloadCsv("land=AQ", "en");
    expect(header).toEqual(CSV_HEADERS.en);
    expect(rows).toEqual([]);
  });

  it("includes ended partnerships only when asked to", async () => {
    const partnership = await db.partnership.findFirstOrThrow({
      where: { partners: { some: { name: "Würzburg" } } },
    });
    await db.partnership.update({ where: { id: partnership.id }, data: { endedOn: new Date("2019-06-30") } });
    try {
      expect((await downloadCsv("", "sv")).records).toHaveLength(16);
      const withEnded = await downloadCsv("avslutade=1", "sv");
      expect(withEnded.records).toHaveLength(17);
      expect(withEnded.records.find((r) => r.Partner === "Würzburg")!.Avslutat).toBe("2019-06-30");
    } finally {
      await db.partnership.update({ where: { id: partnership.id }, data: { endedOn: null } });
    }
  });
});

describe("JSON download", () => {
  it("is an array of the CSV's fields with English keys, in id order", async () => {
    const rows = await downloadJson("", "en");
    expect(rows).toHaveLength(17);
    expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort((a, b) => a - b));
    expect(rows.find((r) => r.startYear === 1999)).toEqual({
      id: expect.any(Number),
      participants: [
        { code: "2281", name: "Sundsvalls kommun" },
        { code: "2380", name: "Östersunds kommun" },
      ],
      kind: "Other international cooperation",
      otherType: "Cooperation",
      partners: [
        {
          label: "Trondheim",
          countryCode: "NO",
          countryName: "Norway",
          geonameId: 3133880,
          latitude: expect.any(Number),
          longitude: expect.any(Number),
        },
      ],
      startYear: 1999,
      endedOn: null,
      activity: null,
      areas: ["Business development and employment", "Infrastructure and communications", "Skills supply"],
      funding: [],
      verification: "Verified",
      description: expect.stringMatching(/^The three cities/),
      source: expect.stringMatching(/Östersund/),
    });
  });

  it("labels in Swedish for the Swedish site, keys still in English", async () => {
    const [vasa] = await downloadJson("q=Vasa", "sv");
    expect(vasa).toMatchObject({
      kind: "Vänort",
      verification: "Verifierad",
      participants: [{ code: "2480", name: "Umeå kommun" }],
    });
  });

  it("contains only the selection, and is valid JSON when empty or batched", async () => {
    expect((await downloadJson("land=FI&typ=vanort", "sv")).map((r) => r.partners[0]!.label)).toEqual([
      "Vasa (Vaasa)",
      "Nykarleby",
    ]);
    expect(await downloadJson("land=AQ", "sv")).toEqual([]);
    expect(await downloadJson("", "sv", { batchSize: 4 })).toEqual(await downloadJson("", "sv"));
  });
});
