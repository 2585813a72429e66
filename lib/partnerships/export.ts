// Downloads of a directory selection as CSV or JSON. Selections can hold the whole registry,
// so rows come from one cursor a batch at a time (export-rows.ts) and are formatted and sent
// as the reader takes them: memory stays flat however many there are.
import type { Database } from "../database/client";
import type { DirectoryFilters } from "../directory/types";
import type { Locale } from "../i18n/config";
import { formatCsvHeader, formatCsvRows } from "./export-csv";
import { toExportRecord } from "./export-record";
import { exportRowBatches, type ExportOptions } from "./export-rows";
import { byteStream, jsonArrayElements } from "./export-stream";

/** The selection as CSV: UTF-8 with BOM, CRLF, ";" in Swedish and "," in English, header in the locale. */
export function exportPartnershipsCsv(
  db: Database,
  filters: DirectoryFilters,
  locale: Locale,
  options: ExportOptions = {},
): ReadableStream<Uint8Array> {
  return byteStream(
    (async function* () {
      yield formatCsvHeader(locale);
      for await (const batch of exportRowBatches(db, filters, options))
        yield formatCsvRows(
          batch.map((p) => toExportRecord(p, locale)),
          locale,
        );
    })(),
  );
}

/** The selection as a JSON array of ExportRecord: the CSV's fields, English keys, lists as arrays. */
export function exportPartnershipsJson(
  db: Database,
  filters: DirectoryFilters,
  locale: Locale,
  options: ExportOptions = {},
): ReadableStream<Uint8Array> {
  return byteStream(
    (async function* () {
      yield "[";
      yield* jsonArrayElements(exportRowBatches(db, filters, options), (batch) =>
        batch.map((p) => toExportRecord(p, locale)),
      );
      yield "\n]\n";
    })(),
  );
}
