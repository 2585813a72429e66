// Ids of database rows as forms and addresses carry them. Most ids are PostgreSQL `integer`
// (int4): a number above 2^31-1 made the query itself fail (a 500) instead of finding nothing.
// Audit events have `bigint` ids. Everything that turns outside text into an id goes through here.
import { z } from "zod";

/** The largest value of a PostgreSQL integer column. */
export const MAX_RECORD_ID = 2_147_483_647;
/** The largest value of a PostgreSQL bigint column. */
const MAX_BIG_RECORD_ID = 9_223_372_036_854_775_807n;

const isRecordId = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_RECORD_ID;

/** A positive integer id (1 .. 2^31-1), every failure with the one message given. */
export const recordIdSchema = (message: string) =>
  z
    .number({ error: message })
    .int({ error: message })
    .min(1, { error: message })
    .max(MAX_RECORD_ID, { error: message });

/** An id written as digits ("42"), or null for anything else: signs, spaces, exponents, overflow. */
export function parseRecordId(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const id = Number(text);
  return isRecordId(id) ? id : null;
}

/** A bigint id (audit events) written as digits, or null. */
export function parseBigRecordId(text: string | number | bigint): bigint | null {
  const digits = String(text);
  if (!/^\d{1,19}$/.test(digits)) return null;
  const id = BigInt(digits);
  return id >= 1n && id <= MAX_BIG_RECORD_ID ? id : null;
}
