import { once } from "node:events";
import type { Writable } from "node:stream";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { appliedMigrations, ident, listSequences, listTables } from "./catalog";
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  END_OF_DATA,
  SESSION_SETTINGS,
  TABLE_MARKER,
  type BackupHeader,
} from "./format";

export type BackupSummary = { migrations: string[]; rows: Record<string, number> };

/**
 * Writes the whole registry to `output` (uncompressed; the caller gzips) as one consistent
 * snapshot: every read happens in a single REPEATABLE READ READ ONLY transaction, so edits made
 * while it runs are either wholly in the file or not at all, and the app keeps running.
 */
export async function writeBackup(
  client: pg.ClientBase,
  output: Writable,
  appVersion: string,
): Promise<BackupSummary> {
  const write = async (text: string | Buffer) => {
    if (!output.write(text)) await once(output, "drain");
  };
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    for (const setting of SESSION_SETTINGS) await client.query(setting);
    const migrations = await appliedMigrations(client);
    if (migrations.length === 0)
      throw new Error("This database has no applied migrations: nothing to back up.");
    const tables = await listTables(client);
    const serverVersion = (await client.query("SHOW server_version")).rows[0].server_version as string;
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      appVersion,
      serverVersion,
      migrations,
      tables,
      // Sequences are not transactional: a value may run ahead of the snapshot's rows (a gap
      // in ids after restore), never behind them.
      sequences: await listSequences(client),
    };
    await write(JSON.stringify(header) + "\n");
    const rows: Record<string, number> = {};
    for (const table of tables) {
      await write(`${TABLE_MARKER}${table.name}\n`);
      const columns = table.columns.map(ident).join(", ");
      const stream = client.query(copyTo(`COPY ${ident(table.name)} (${columns}) TO STDOUT`));
      let count = 0;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) count++;
        await write(chunk);
      }
      rows[table.name] = count;
      await write(`${END_OF_DATA}\n`);
    }
    await write(JSON.stringify({ end: true, rows }) + "\n");
    await client.query("COMMIT");
    return { migrations, rows };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
