// The backup file: gzip of UTF-8 text lines.
//   line 1       a JSON header (BackupHeader): format and version, when, the applied migrations,
//                the tables in restore order with their columns, the sequences' values
//   per table    `\table <name>`, the table's rows in PostgreSQL's COPY text format (one line a
//                row; tabs, newlines and backslashes inside values are escaped), then `\.`
//   last line    a JSON trailer with each table's row count, so a truncated file is refused
// COPY's text format is PostgreSQL's own exact representation of every type, and no data line
// can be `\.` (a backslash in a value is written `\\`), so the file reads back unambiguously.
import { z } from "zod";

export const BACKUP_FORMAT = "vanortsregistret-backup";
export const BACKUP_FORMAT_VERSION = 1;
export const TABLE_MARKER = "\\table ";
export const END_OF_DATA = "\\.";

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.string(),
  appVersion: z.string(),
  serverVersion: z.string(),
  migrations: z.array(z.string()),
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()) })),
  sequences: z.array(
    z.object({ name: z.string(), lastValue: z.string().nullable(), startValue: z.string() }),
  ),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const backupTrailerSchema = z.object({ end: z.literal(true), rows: z.record(z.string(), z.number()) });

/** Session settings both sides use, so dates, times and numbers are written and read alike. */
export const SESSION_SETTINGS = [
  "SET TIME ZONE 'UTC'",
  "SET DateStyle = 'ISO, YMD'",
  "SET IntervalStyle = 'postgres'",
  "SET extra_float_digits = 1",
  "SET client_encoding = 'UTF8'",
];
