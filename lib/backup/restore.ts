import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { appliedMigrations, ident, listSequences, listTables } from "./catalog";
import {
  backupHeaderSchema,
  backupTrailerSchema,
  END_OF_DATA,
  SESSION_SETTINGS,
  TABLE_MARKER,
  type BackupHeader,
} from "./format";

export type RestoreSummary = { header: BackupHeader; rows: Record<string, number> };

/** A refusal the user can act on (wrong schema, a database with data, a damaged file). */
export class RestoreRefused extends Error {}

/**
 * Loads a backup (uncompressed text; the caller gunzips) into the database behind `client`,
 * all in one transaction: on any error nothing is left behind. The database must have exactly
 * the backup's migrations applied, and no rows in any table unless `force` (which empties
 * every table first). Sequences get the backup's values.
 */
export async function restoreBackup(
  client: pg.ClientBase,
  input: Readable,
  options: { force?: boolean } = {},
): Promise<RestoreSummary> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    return done ? undefined : (value as string);
  };
  const header = parseJson(await next(), backupHeaderSchema, "the header");

  await client.query("BEGIN");
  try {
    for (const setting of SESSION_SETTINGS) await client.query(setting);
    await checkSchema(client, header);
    await checkEmpty(client, header, options.force ?? false);

    const rows: Record<string, number> = {};
    for (const table of header.tables) {
      const marker = await next();
      if (marker !== `${TABLE_MARKER}${table.name}`)
        throw new RestoreRefused(`The file is damaged: expected table ${table.name}, found ${clip(marker)}.`);
      const columns = table.columns.map(ident).join(", ");
      const copy = client.query(copyFrom(`COPY ${ident(table.name)} (${columns}) FROM STDIN`));
      // A COPY that fails mid-stream emits "error"; keep it to rethrow instead of crashing.
      let failure: Error | undefined;
      copy.on("error", (error: Error) => (failure ??= error));
      const settled = (event: "drain" | "finish") =>
        new Promise<void>((resolve) => {
          const done = () => {
            copy.off(event, done);
            copy.off("error", done);
            resolve();
          };
          copy.on(event, done);
          copy.on("error", done);
        });
      try {
        for (let line = await next(); line !== END_OF_DATA; line = await next()) {
          if (line === undefined) throw new RestoreRefused(`The file ends inside table ${table.name}.`);
          if (failure) break;
          if (!copy.write(line + "\n")) await settled("drain");
        }
      } catch (error) {
        // End the COPY with CopyFail, or the connection stays in COPY mode and ROLLBACK waits for ever.
        const closed = new Promise((resolve) => copy.once("close", resolve));
        copy.destroy(error as Error);
        await closed;
        throw error;
      }
      if (!failure) {
        const finished = settled("finish");
        copy.end();
        await finished;
      }
      if (failure) throw failure;
      rows[table.name] = Number(copy.rowCount);
    }

    const trailer = parseJson(await next(), backupTrailerSchema, "the end");
    for (const table of header.tables) {
      if (trailer.rows[table.name] !== rows[table.name])
        throw new RestoreRefused(
          `The file is damaged: table ${table.name} has ${rows[table.name]} rows, the file says ${trailer.rows[table.name]}.`,
        );
    }
    for (const sequence of header.sequences) {
      await client.query(`SELECT setval($1, $2::bigint, $3)`, [
        ident(sequence.name),
        sequence.lastValue ?? sequence.startValue,
        sequence.lastValue !== null,
      ]);
    }
    await client.query("COMMIT");
    return { header, rows };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function checkSchema(client: pg.ClientBase, header: BackupHeader) {
  const applied = await appliedMigrations(client);
  if (applied.join("\n") !== header.migrations.join("\n")) {
    const missing = header.migrations.filter((m) => !applied.includes(m));
    const extra = applied.filter((m) => !header.migrations.includes(m));
    throw new RestoreRefused(
      "The database's schema differs from the backup's: " +
        [
          missing.length ? `not applied here: ${missing.join(", ")}` : "",
          extra.length ? `applied here but not in the backup: ${extra.join(", ")}` : "",
        ]
          .filter(Boolean)
          .join("; ") +
        ". Restore with the version of the application that wrote the backup (its migrations).",
    );
  }
  const tables = await listTables(client);
  const shape = (list: { name: string; columns: string[] }[]) =>
    JSON.stringify([...list].map((t) => [t.name, [...t.columns].sort()]).sort());
  if (shape(tables) !== shape(header.tables))
    throw new RestoreRefused(
      "The database's tables or columns differ from the backup's, though the migrations match.",
    );
  const sequences = new Set((await listSequences(client)).map((s) => s.name));
  const unknown = header.sequences.filter((s) => !sequences.has(s.name)).map((s) => s.name);
  if (unknown.length) throw new RestoreRefused(`Sequences missing in the database: ${unknown.join(", ")}.`);
}

async function checkEmpty(client: pg.ClientBase, header: BackupHeader, force: boolean) {
  const filled: string[] = [];
  for (const table of header.tables) {
    const result = await client.query(`SELECT EXISTS (SELECT 1 FROM ${ident(table.name)}) AS filled`);
    if (result.rows[0].filled) filled.push(table.name);
  }
  if (filled.length === 0) return;
  if (!force)
    throw new RestoreRefused(
      `The database is not empty (rows in ${filled.join(", ")}). Restore into an empty, migrated database, or pass --force to replace everything in it.`,
    );
  await client.query(`TRUNCATE ${header.tables.map((t) => ident(t.name)).join(", ")}`);
}

function parseJson<T>(line: string | undefined, schema: { parse: (v: unknown) => T }, what: string): T {
  if (line === undefined) throw new RestoreRefused(`The file ends before ${what}: it is incomplete.`);
  try {
    return schema.parse(JSON.parse(line));
  } catch {
    throw new RestoreRefused(
      `The file is not a Vänortsregistret backup of this format (${what}: ${clip(line)}).`,
    );
  }
}

const clip = (text: string | undefined) =>
  text === undefined ? "end of file" : JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
