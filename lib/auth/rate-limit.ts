// Login rate limiting, kept in the database so it holds across restarts and server processes:
// failed attempts in a sliding window, counted per account (the e-mail address typed, whether
// or not it has an account) and per client address.
import type { DbOrTx } from "../database/transaction";

export const LOGIN_WINDOW_MINUTES = 15;
/** Failed attempts for one e-mail address within the window before it is locked. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failed attempts from one client address within the window (several colleagues may share it). */
export const MAX_FAILURES_PER_ADDRESS = 20;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const windowStart = (now: Date) => new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);

/** Whether another attempt for this address and account may be tried now. */
export async function loginAllowed(db: DbOrTx, email: string, address: string, now = new Date()) {
  const since = windowStart(now);
  const byAccount = await db.loginAttempt.count({
    where: { email: normaliseEmail(email), succeeded: false, at: { gte: since } },
  });
  if (byAccount >= MAX_FAILURES_PER_ACCOUNT) return false;
  const byAddress = await db.loginAttempt.count({ where: { address, succeeded: false, at: { gte: since } } });
  return byAddress < MAX_FAILURES_PER_ADDRESS;
}

/**
 * Stores an attempt, and deletes the attempts that have left the window: only those inside it
 * count, so the table stays as small as the last few minutes' sign-ins.
 */
export async function recordLoginAttempt(
  db: DbOrTx,
  email: string,
  address: string,
  succeeded: boolean,
  now = new Date(),
) {
  await db.loginAttempt.create({ data: { email: normaliseEmail(email), address, succeeded, at: now } });
  await pruneLoginAttempts(db, now);
}

/** Deletes the attempts older than the rate-limit window; answers how many. */
export async function pruneLoginAttempts(db: DbOrTx, now = new Date()) {
  const { count } = await db.loginAttempt.deleteMany({ where: { at: { lt: windowStart(now) } } });
  return count;
}

/** The client's address from the headers Next.js sets (the first hop of x-forwarded-for). */
export function clientAddress(headers: Headers) {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
