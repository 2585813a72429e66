// Seeded randomness and hostile values for the fuzz tests (tests/integration/form-fuzz.test.ts,
// tests/e2e/fuzz.spec.ts). The seed is printed with every failure, so a failing run can be
// repeated exactly: FUZZ_SEED=<seed> npx vitest run ... (or npx playwright test ...).
import type pg from "pg";

/** mulberry32: a small, well-known 32-bit PRNG; plenty for choosing test inputs. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}
export type Random = ReturnType<typeof seededRandom>;

export const fuzzSeed = () => Number(process.env.FUZZ_SEED ?? 20261204);

/** Control characters PostgreSQL refuses (NUL) or no person types. */
export const CONTROL_CHARACTERS = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\u0008",
  "\u000b",
  "\u001b",
  "\u007f",
  "\u0085",
];

/** Values that have broken servers before: overflowing ids, odd numbers, dates, encodings, sizes. */
export const HOSTILE_VALUES = [
  "",
  " ",
  "0",
  "-1",
  "2147483647",
  "2147483648",
  "9223372036854775808",
  "99999999999999999999999",
  "1e308",
  "NaN",
  "Infinity",
  "0x1F",
  "1.5",
  "٣",
  "abc",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "' OR 1=1 --",
  '\'; DROP TABLE "Partnership"; --',
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%00",
  "%E0%A4%A",
  "2024-02-30",
  "0000-00-00",
  "9999-12-31",
  "-000001-01-01",
  "\ud800",
  "\uffff",
  "🇸🇪🏳️‍🌈",
  "a\u0000b",
  "\u0000",
  "x\u001b[2J",
  "Umeå\u0007",
  "é".repeat(300),
  "a".repeat(5001),
  "a".repeat(70_000),
];

/** Text columns (and jsonb, arrays) of every table the forms write: none may hold a control character. */
export async function rowsWithControlCharacters(client: pg.Client) {
  const { rows: columns } = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
  }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name NOT LIKE 'Place%' AND table_name <> '_prisma_migrations'
       AND data_type IN ('text', 'character varying', 'jsonb', 'ARRAY')`,
  );
  const found: string[] = [];
  // In jsonb's text form a control character is an escape (\u0001), in the others the character itself.
  const raw = "[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]";
  const escaped = "\\\\u00(0[0-8bcef]|1[0-9a-f]|7f|8[0-9a-f]|9[0-9a-f])";
  for (const c of columns) {
    const column = `"${c.column_name}"::text`;
    const pattern = c.data_type === "jsonb" ? `(${escaped}|${raw})` : raw;
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "${c.table_name}" WHERE ${column} ~ $1`,
      [pattern],
    );
    if (Number(rows[0]!.n) > 0) found.push(`${c.table_name}.${c.column_name}: ${rows[0]!.n}`);
  }
  return found;
}
