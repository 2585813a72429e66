// The CSV format of the downloads: header, cells and escaping, as Swedish and English
// spreadsheets open them: RFC 4180 quoting, plus what a spreadsheet needs beyond it (BOM,
// decimal commas, inert formulas).
import { stringify, type Options as CsvOptions } from "csv-stringify/sync";
import type { Locale } from "../i18n/config";
import type { ExportRecord } from "./export-record";

export const CSV_HEADERS: Record<Locale, string[]> = {
  sv: [
    "ID",
    "Svenska parter",
    "Kommun- och regionkoder",
    "Typ",
    "Typ av annat samarbete",
    "Partner",
    "Partnerns landskod",
    "Partnerns land",
    "GeoNames-id",
    "Latitud",
    "Longitud",
    "Startår",
    "Avslutat",
    "Aktivitetsgrad",
    "Samarbetsområden",
    "Finansiering",
    "Verifiering",
    "Beskrivning",
    "Källa",
  ],
  en: [
    "ID",
    "Swedish participants",
    "Municipality and region codes",
    "Kind",
    "Type of other cooperation",
    "Partner",
    "Partner country code",
    "Partner country",
    "GeoNames ID",
    "Latitude",
    "Longitude",
    "Start year",
    "Ended on",
    "Activity",
    "Areas",
    "Funding",
    "Verification",
    "Description",
    "Source",
  ],
};

// Text typed by people must not run as a spreadsheet formula when the file is opened (OWASP
// "CSV injection"); a leading apostrophe makes it inert. Numbers are never touched.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
export const inert = (text: string | null) => (text && FORMULA_START.test(text) ? `'${text}` : text);

const LIST_SEPARATOR = "; ";

/** The CSV cells of a record, in CSV_HEADERS order. Swedish Excel wants decimal commas. */
function toCsvCells(r: ExportRecord, locale: Locale): (string | number | null)[] {
  const list = (values: (string | null)[]) => values.map((v) => v ?? "").join(LIST_SEPARATOR);
  const decimal = (n: number | null) =>
    n === null ? "" : locale === "sv" ? String(n).replace(".", ",") : String(n);
  // A single partner keeps its number as a number; several are listed in the partners' order.
  const numbers = (values: (number | null)[], format: (n: number | null) => string | number) =>
    values.length === 1 ? format(values[0]!) : values.map(format).join(LIST_SEPARATOR);
  return [
    r.id,
    list(r.participants.map((p) => p.name)),
    list(r.participants.map((p) => p.code)),
    r.kind,
    r.otherType,
    inert(list(r.partners.map((p) => p.label))),
    list(r.partners.map((p) => p.countryCode)),
    list(r.partners.map((p) => p.countryName)),
    numbers(
      r.partners.map((p) => p.geonameId),
      (n) => n ?? "",
    ),
    numbers(
      r.partners.map((p) => p.latitude),
      decimal,
    ),
    numbers(
      r.partners.map((p) => p.longitude),
      decimal,
    ),
    r.startYear,
    r.endedOn,
    r.activity,
    list(r.areas),
    list(r.funding),
    r.verification,
    inert(r.description),
    inert(r.source),
  ];
}

/** Swedish Excel opens semicolon-separated files; everyone else expects commas. */
const delimiterOf = (locale: Locale) => (locale === "sv" ? ";" : ",");

/**
 * The files' CSV dialect for csv-stringify: the locale's delimiter, CRLF line ends, and a cell
 * with any line break quoted (with record_delimiter "windows", csv-stringify 6.9 otherwise quotes
 * only a whole CRLF, and a description with a bare "\n" split its row in two).
 */
export function csvOptions(locale: Locale): CsvOptions {
  return { delimiter: delimiterOf(locale), record_delimiter: "windows", quote_record_delimiter: true };
}

// A cell is quoted when it holds the delimiter, a quote or a line break, and its quotes are
// doubled: what csv-stringify writes with csvOptions (export-csv.test.ts compares the two on
// random text). Written out because csv-stringify's per-cell generality (a cast and an options
// object per cell) was a third of the whole-registry download's time.
const MUST_QUOTE = { ";": /[;"\r\n]/, ",": /[,"\r\n]/ } as const;

export function csvCell(value: string | number | null, delimiter: keyof typeof MUST_QUOTE): string {
  if (value === null) return "";
  const text = String(value);
  return MUST_QUOTE[delimiter].test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV text for some records, without header: one batch of the download. */
export function formatCsvRows(records: ExportRecord[], locale: Locale): string {
  const delimiter = delimiterOf(locale);
  let text = "";
  for (const record of records)
    text +=
      toCsvCells(record, locale)
        .map((cell) => csvCell(cell, delimiter))
        .join(delimiter) + "\r\n";
  return text;
}

/** The header row, preceded by the byte-order mark Excel needs to read UTF-8 (å, ä, ö). */
export function formatCsvHeader(locale: Locale): string {
  return stringify([CSV_HEADERS[locale]], { ...csvOptions(locale), bom: true });
}
