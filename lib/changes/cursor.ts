// The change list's cursor: opaque to clients ("since=…"), a change id inside. Opaque so the
// numbering can change later without breaking clients that only send back what they got.
const PREFIX = "c1.";
const MAX_ID = 9_223_372_036_854_775_807n; // bigint's upper bound in PostgreSQL

/** The cursor that continues after the change with this id (0n: from the start). */
export function encodeCursor(id: bigint): string {
  return Buffer.from(`${PREFIX}${id}`, "utf8").toString("base64url");
}

/** The change id inside a cursor, or null for anything this server did not hand out. */
export function decodeCursor(cursor: string): bigint | null {
  if (cursor.length === 0 || cursor.length > 40 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^c1\.(0|[1-9]\d{0,18})$/.exec(text);
  if (!match) return null;
  const id = BigInt(match[1]!);
  // Round trip: only the canonical spelling of a cursor is one (no padding or alias bytes).
  return id <= MAX_ID && encodeCursor(id) === cursor ? id : null;
}
