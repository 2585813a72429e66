// What a backup covers, read from the database's own catalog: every table of the schema but
// Prisma's migration table (whose applied names the backup records instead) and the counters
// derived from the data, in an order where a table comes after every table it references, with its
// stored (non-generated) columns; the sequences; the applied migrations.
import type pg from "pg";

export type TableInfo = { name: string; columns: string[] };
export type SequenceState = { name: string; lastValue: string | null; startValue: string };

const MIGRATIONS_TABLE = "_prisma_migrations";
// The data version counter is not data: a restore moves it forward (its loads fire the counter's
// triggers) instead of setting it back, so a running server never takes old cached pages for new.
const DATA_VERSION_TABLE = "DataVersion";
// The statistics' counters are not data either: derived from the partnerships by triggers, which
// the restore's loads fire (migration 20261205120000_statistics_counts).
const DERIVED_TABLES = ["PartnershipStatistics", "StatisticsCount"];

/** A quoted SQL identifier. */
export const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function listTables(client: pg.ClientBase): Promise<TableInfo[]> {
  const tables = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND c.relname <> ALL($1)
      GROUP BY c.relname`,
    [[MIGRATIONS_TABLE, DATA_VERSION_TABLE, ...DERIVED_TABLES]],
  );
  const references = await client.query<{ from: string; to: string }>(
    `SELECT src.relname AS "from", dst.relname AS "to"
       FROM pg_constraint k
       JOIN pg_class src ON src.oid = k.conrelid
       JOIN pg_class dst ON dst.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = src.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema()`,
  );
  return referencedFirst(tables.rows, references.rows);
}

/** Orders tables so that each follows the tables it references (a table may reference itself). */
export function referencedFirst(
  tables: TableInfo[],
  references: { from: string; to: string }[],
): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: TableInfo[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting")
      throw new Error(`Foreign keys form a cycle: ${[...path, name].join(" -> ")}`);
    state.set(name, "visiting");
    for (const r of references) if (r.from === name && r.to !== name) visit(r.to, [...path, name]);
    state.set(name, "done");
    const table = byName.get(name);
    if (table) ordered.push(table);
  };
  for (const name of [...byName.keys()].sort()) visit(name, []);
  return ordered;
}

export async function listSequences(client: pg.ClientBase): Promise<SequenceState[]> {
  const result = await client.query<SequenceState>(
    `SELECT sequencename AS name, last_value::text AS "lastValue", start_value::text AS "startValue"
       FROM pg_sequences WHERE schemaname = current_schema() ORDER BY sequencename`,
  );
  return result.rows;
}

/** The names of the applied migrations, in order; empty when Prisma has not migrated this database. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [
    ident(MIGRATIONS_TABLE),
  ]);
  if (!exists.rows[0].present) return [];
  const result = await client.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${ident(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return result.rows.map((r) => r.name);
}
