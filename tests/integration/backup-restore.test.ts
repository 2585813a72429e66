// Backup and restore, round trip: the seeded test database is backed up (the CLI, as cron would
// run it), restored into a fresh, empty, migrated database, edited (with audit events and text
// that exercises COPY's escaping), backed up again and restored again (the CLI); every table
// is compared row by row each time. And the refusals: a database with rows, another schema
// version, a truncated file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseUrl } from "../support/database";
import { listSequences, listTables, ident } from "../../lib/backup/catalog";
import { backupToFile, restoreFromFile } from "../../lib/backup/files";
import { RestoreRefused } from "../../lib/backup/restore";
import { recordAudit } from "../../lib/audit/record";
import { createPrismaClient } from "../../lib/database/client";
import { applyMigrations } from "../../lib/database/migrate";

const seededUrl = testDatabaseUrl();
const urlOf = (database: string) => {
  const url = new URL(seededUrl);
  url.pathname = `/${database}`;
  return url.toString();
};
const TEMPLATE = "backup_template";
const created: string[] = [];
let admin: pg.Client;
let dir: string;
let first: string;
let firstBackup: { status: number | null; output: string };

/** A new empty database with every migration applied (a copy of a migrated template). */
async function emptyMigratedDatabase(name: string): Promise<string> {
  await admin.query(`DROP DATABASE IF EXISTS ${ident(name)}`);
  await admin.query(`CREATE DATABASE ${ident(name)} TEMPLATE ${ident(TEMPLATE)}`);
  created.push(name);
  return urlOf(name);
}

/** Every table of the database: its row count and a hash of its rows in a canonical order. */
async function contents(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET TIME ZONE 'UTC'");
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const table of await listTables(client)) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS md5
           FROM ${ident(table.name)} t`,
      );
      result[table.name] = rows[0];
    }
    const sequences = await listSequences(client);
    const audit = await client.query(`SELECT * FROM "AuditEvent" ORDER BY id`);
    // Not in the backup, but rebuilt by the restore's loads: the statistics' counters.
    const statistics = await client.query(
      `SELECT "key", "n" FROM "StatisticsCount" WHERE "n" <> 0 ORDER BY "key" COLLATE "C"`,
    );
    return { tables: result, sequences, audit: audit.rows, statistics: statistics.rows };
  } finally {
    await client.end();
  }
}

function runScript(script: string, args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "vanortsregistret-backup-"));
  admin = new pg.Client({ connectionString: urlOf("postgres") });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${ident(TEMPLATE)}`);
  await admin.query(`CREATE DATABASE ${ident(TEMPLATE)}`);
  created.push(TEMPLATE);
  await applyMigrations(urlOf(TEMPLATE));
  first = path.join(dir, "first.backup.gz");
  firstBackup = runScript("backup", [first], seededUrl);
}, 300_000);

afterAll(async () => {
  for (const name of created.reverse())
    await admin.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
  await admin?.end();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("npm run backup and npm run restore", () => {
  it("round-trips the whole registry, edits and audit events included", async () => {
    // 1. The seeded database (backed up through the command line) into an empty migrated database.
    expect(firstBackup.output).toMatch(/Backup written to .*first\.backup\.gz: \d+ tables, \d+ rows/);
    expect(firstBackup.status).toBe(0);
    const copyUrl = await emptyMigratedDatabase("backup_copy");
    await restoreFromFile(copyUrl, first);
    const seeded = await contents(seededUrl);
    expect(seeded.tables.Place!.rows).toBeGreaterThan(100_000);
    expect(seeded.tables.Partnership!.rows).toBeGreaterThan(0);
    expect(await contents(copyUrl)).toEqual(seeded);

    // 2. Edits, each audited, with text that needs escaping and a float that must stay exact.
    const db = createPrismaClient(copyUrl);
    try {
      const umea = await db.organisation.findUniqueOrThrow({ where: { slug: "umea" } });
      const awkward = 'Box 1\nRad två\ttabb \\ omvänt snedstreck "citat" \\. 🌍 Ærø';
      await db.organisation.update({
        where: { id: umea.id },
        data: {
          postalAddress: awkward,
          centroidLat: 0.1 + 0.2,
          lastReviewedOn: new Date("2026-12-04"),
          version: { increment: 1 },
        },
      });
      await recordAudit(
        db,
        { label: "test" },
        {
          entityType: "Organisation",
          entityId: umea.id,
          action: "UPDATE",
          before: { postalAddress: umea.postalAddress },
          after: { postalAddress: awkward },
        },
      );
      const removed = await db.partnership.findFirstOrThrow({ orderBy: { id: "asc" } });
      await db.partnership.delete({ where: { id: removed.id } });
      await recordAudit(
        db,
        { label: "test" },
        { entityType: "Partnership", entityId: removed.id, action: "REMOVE" },
      );
    } finally {
      await db.$disconnect();
    }
    const edited = await contents(copyUrl);
    expect(edited.tables.AuditEvent!.rows).toBe(seeded.tables.AuditEvent!.rows + 2);

    // 3. The edited copy, through the library, restored through the command line.
    const second = path.join(dir, "second.backup.gz");
    await backupToFile(copyUrl, second, "test");
    const restoredUrl = await emptyMigratedDatabase("backup_restored");
    const restore = runScript("restore", [second], restoredUrl);
    expect(restore.output).toMatch(/Restored .*second\.backup\.gz .*: \d+ tables, \d+ rows/);
    expect(restore.status).toBe(0);
    const restored = await contents(restoredUrl);
    expect(restored).toEqual(edited);
    console.log(`${firstBackup.output}\n${restore.output}`);
    expect(restored.audit.at(-2).after).toEqual({ postalAddress: expect.stringContaining("\\. 🌍") });

    // The sequences continue after the restored rows: a new audit event gets the next id.
    const db2 = createPrismaClient(restoredUrl);
    try {
      await recordAudit(
        db2,
        { label: "test" },
        { entityType: "Organisation", entityId: 1, action: "UPDATE" },
      );
      const last = await db2.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
      expect(last.id).toBe(BigInt(edited.audit.at(-1).id) + 1n);
    } finally {
      await db2.$disconnect();
    }

    // 4. A database with rows is refused, and replaced with --force.
    const refused = runScript("restore", [second], restoredUrl);
    expect(refused.output).toMatch(/Restore refused: The database is not empty \(rows in .*AuditEvent/);
    expect(refused.status).toBe(1);
    await restoreFromFile(restoredUrl, second, { force: true });
    expect(await contents(restoredUrl)).toEqual(edited);
  }, 300_000);

  it("refuses a backup of another schema version, and a damaged file, leaving the database empty", async () => {
    const file = first;

    const olderUrl = await emptyMigratedDatabase("backup_older_schema");
    const older = new pg.Client({ connectionString: olderUrl });
    await older.connect();
    await older.query(
      `DELETE FROM _prisma_migrations WHERE migration_name = (SELECT max(migration_name) FROM _prisma_migrations)`,
    );
    await older.end();
    await expect(restoreFromFile(olderUrl, file)).rejects.toThrow(
      /schema differs from the backup's: not applied here: \d+_\w+/,
    );

    const text = gunzipSync(readFileSync(file)).toString("utf8");
    const truncated = path.join(dir, "truncated.backup.gz");
    writeFileSync(truncated, gzipSync(text.slice(0, Math.floor(text.length / 2))));
    const emptyUrl = await emptyMigratedDatabase("backup_truncated");
    await expect(restoreFromFile(emptyUrl, truncated)).rejects.toThrow(RestoreRefused);
    const after = await contents(emptyUrl);
    expect(Object.values(after.tables).every((t) => t.rows === 0)).toBe(true);

    const cut = path.join(dir, "cut.backup.gz");
    const bytes = readFileSync(file);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(restoreFromFile(emptyUrl, cut)).rejects.toThrow(/unexpected end of file/);
    expect(Object.values((await contents(emptyUrl)).tables).every((t) => t.rows === 0)).toBe(true);

    const notABackup = path.join(dir, "not-a-backup.gz");
    writeFileSync(notABackup, gzipSync("kommun;land\nUmeå;Finland\n"));
    await expect(restoreFromFile(emptyUrl, notABackup)).rejects.toThrow(/not a Vänortsregistret backup/);
  }, 300_000);
});
