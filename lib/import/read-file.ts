// Reads an uploaded spreadsheet (CSV in any of the usual dialects, or XLSX) into rows of text.
import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";

/** A row of the file with its line number as a spreadsheet program shows it (1 = first row). */
type SpreadsheetRow = { line: number; cells: string[] };
export type SpreadsheetRows = SpreadsheetRow[];

export class UnreadableFileError extends Error {
  constructor(
    readonly reason: "format" | "empty" | "corrupt",
    message: string,
  ) {
    super(message);
  }
}

/** A file's identity for idempotent re-imports: SHA-256 of its bytes. */
export function fileHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // a ZIP container

function isXlsx(bytes: Uint8Array, fileName: string) {
  return XLSX_MAGIC.every((b, i) => bytes[i] === b) || /\.xlsx$/i.test(fileName);
}

/** The delimiter of a CSV text: the one of ; , tab that occurs most in its first line. */
function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  const counts = [";", ",", "\t"].map((d) => [d, first.split(d).length - 1] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![1] > 0 ? counts[0]![0] : ",";
}

/** UTF-8 (with or without BOM); files saved by older Swedish Excel are often Windows-1252. */
function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

const cellText = (value: unknown): string => {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).replace(/\s+/g, " ").trim();
};

/** Every non-empty row of the file's first sheet, cells as trimmed text, with its line number. */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SpreadsheetRows> {
  if (bytes.length === 0) throw new UnreadableFileError("empty", "The file is empty.");
  let rows: { line: number; cells: unknown[] }[];
  if (isXlsx(bytes, fileName)) {
    try {
      rows = (await readSheet(Buffer.from(bytes))).map((cells, i) => ({ line: i + 1, cells }));
    } catch (error) {
      throw new UnreadableFileError(
        "corrupt",
        `The spreadsheet could not be read: ${(error as Error).message}`,
      );
    }
  } else if (/\.(csv|txt|tsv)$/i.test(fileName) || !bytes.includes(0)) {
    // Lists edited in several programs mix CRLF and LF; csv-parse keeps to the first it sees.
    const text = decode(bytes).replace(/\r\n?/g, "\n");
    try {
      const records = parse(text, {
        delimiter: detectDelimiter(text),
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        info: true,
      }) as unknown as { record: string[]; info: { lines: number } }[];
      // info.lines is the line a record ends on; a quoted cell may span lines, rarely.
      rows = records.map((r) => ({ line: r.info.lines, cells: r.record }));
    } catch (error) {
      throw new UnreadableFileError("corrupt", `The CSV file could not be read: ${(error as Error).message}`);
    }
  } else {
    throw new UnreadableFileError("format", "Only CSV and XLSX files can be imported.");
  }
  const cleaned = rows
    .map((row) => ({ line: row.line, cells: row.cells.map(cellText) }))
    .filter((row) => row.cells.some((cell) => cell !== ""));
  if (cleaned.length === 0) throw new UnreadableFileError("empty", "The file has no rows.");
  return cleaned;
}
