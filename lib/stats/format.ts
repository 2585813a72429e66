// Figures of a statistics table as text: on the page in the reader's locale (Intl.NumberFormat),
// and in CSV files as numbers a spreadsheet in that locale reads.
import { stringify } from "csv-stringify/sync";
import type { Locale } from "../i18n/config";
import { csvOptions, inert } from "../partnerships/export-csv";
import type { Cell, ColumnType, StatsTable } from "./tables";

const INTL_LOCALE: Record<Locale, string> = { sv: "sv-SE", en: "en-GB" };

export function formatCell(value: Cell, type: ColumnType, locale: Locale): string {
  if (value === null) return "–";
  if (typeof value === "string") return value;
  if (type === "share")
    return new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent", maximumFractionDigits: 0 }).format(
      value,
    );
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}

/** Shares go out as percentages with one decimal ("36,4" in Swedish), counts as plain integers. */
function csvCell(value: Cell, type: ColumnType, locale: Locale): string | number {
  if (value === null) return "";
  if (typeof value === "string") return inert(value) ?? "";
  if (type !== "share") return value;
  const percent = (Math.round(value * 1000) / 10).toFixed(1);
  return locale === "sv" ? percent.replace(".", ",") : percent;
}

/** A table as CSV: UTF-8 with BOM, CRLF, ";" in Swedish and "," in English, like the partnership downloads. */
export function tableToCsv(table: StatsTable, locale: Locale): string {
  const header = table.columns.map((c) => (c.type === "share" ? `${c.label} (%)` : c.label));
  const rows = table.rows.map((row) => row.map((cell, i) => csvCell(cell, table.columns[i]!.type, locale)));
  return stringify([header, ...rows], { ...csvOptions(locale), bom: true });
}
