import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { writeBackup, type BackupSummary } from "./export";
import { RestoreRefused, restoreBackup, type RestoreSummary } from "./restore";

/** `backups/vanortsregistret-2026-12-04T22-51-57Z.backup.gz` */
export function defaultBackupFile(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-");
  return path.join("backups", `vanortsregistret-${stamp}.backup.gz`);
}

/**
 * Backs the database at `url` up into `file` (gzip). Written to `<file>.partial` and renamed
 * when complete, so a failed run never leaves a file that looks like a backup.
 */
export async function backupToFile(url: string, file: string, appVersion: string): Promise<BackupSummary> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  const client = connection(url);
  await client.connect();
  try {
    const gzip = createGzip();
    // Private to its owner: the file holds password hashes and officers' contact details.
    const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
    const summary = await writeBackup(client, gzip, appVersion);
    gzip.end();
    await written;
    renameSync(partial, file);
    return summary;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

/** Restores `file` (gzip) into the database at `url`: see restoreBackup. */
export async function restoreFromFile(
  url: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<RestoreSummary> {
  if (!existsSync(file)) throw new RestoreRefused(`No such file: ${file}`);
  const client = connection(url);
  await client.connect();
  const source = createReadStream(file);
  const input = source.pipe(createGunzip());
  source.on("error", (error) => input.destroy(error));
  try {
    return await restoreBackup(client, input, options);
  } finally {
    input.destroy();
    await client.end();
  }
}

function connection(url: string): pg.Client {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // A connection lost between two queries is reported by the next query; without a listener
  // the "error" event would end the process instead.
  client.on("error", () => {});
  return client;
}
