// Login rate limiting, kept in the database so it holds across restarts and server processes.
//
// Every password check first reserves an attempt: a `LoginAttempt` row counted as a failure
// until the password proves right (then it is marked as a success). The count and the
// reservation happen in one short transaction that holds a PostgreSQL advisory lock for the
// account and one for the client address, so simultaneous guesses queue there and at most the
// limit of them reach the (slow) argon2 check. Nothing is reserved when a limit is reached.
//
// The limits, in a sliding window of LOGIN_WINDOW_MINUTES (threat model in README.md):
// - one client and one account: MAX_FAILURES_PER_CLIENT_AND_ACCOUNT. A stranger who guesses
//   locks only their own address out of that account, never the owner on another address.
// - one client, any accounts: MAX_FAILURES_PER_CLIENT (colleagues behind one office address
//   share it, so it is higher), which stops one client from trying many accounts.
// - one account, all clients together: MAX_FAILURES_PER_ACCOUNT, the slow back-off against a
//   guesser with many addresses (reaching it takes at least ten of them). It does not apply to
//   a client that has signed in to the account successfully within KNOWN_CLIENT_DAYS, so even
//   such an attack leaves the owner's usual office or home address working.
import type { Database } from "../database/client";
import type { DbOrTx } from "../database/transaction";
import type { Prisma } from "../generated/prisma/client";

export const LOGIN_WINDOW_MINUTES = 15;
/** Failed attempts by one client address on one account within the window. */
export const MAX_FAILURES_PER_CLIENT_AND_ACCOUNT = 5;
/** Failed attempts from one client address, whatever the accounts, within the window. */
export const MAX_FAILURES_PER_CLIENT = 20;
/** Failed attempts on one account from all clients together within the window. */
export const MAX_FAILURES_PER_ACCOUNT = 50;
/** How long a successful sign-in makes a client "known" to the account (exempt from the account-wide limit). */
const KNOWN_CLIENT_DAYS = 30;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const minutesBefore = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000);
const windowStart = (now: Date) => minutesBefore(now, LOGIN_WINDOW_MINUTES);

// Namespaces of the two-key advisory locks (any constants unique to this module).
const ACCOUNT_LOCK = 7301;
const CLIENT_LOCK = 7302;

/**
 * Reserves an attempt for this account (the e-mail address typed, whether or not an account
 * has it) from this client address: the attempt's id, or null when a limit is reached.
 * The row counts as a failure until markLoginSucceeded.
 */
export async function reserveLoginAttempt(
  db: DbOrTx,
  email: string,
  address: string,
  now = new Date(),
): Promise<bigint | null> {
  const account = normaliseEmail(email);
  const reserved = await serialised(db, async (tx) => {
    // Always the account's lock first, then the client's: one order for everyone, no deadlock.
    await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(${ACCOUNT_LOCK}::int4, hashtext(${account}))`;
    await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(${CLIENT_LOCK}::int4, hashtext(${address}))`;
    if (!(await withinLimits(tx, account, address, now))) return null;
    const row = await tx.loginAttempt.create({
      data: { email: account, address, succeeded: false, at: now },
      select: { id: true },
    });
    return row.id;
  });
  await pruneLoginAttempts(db, now);
  return reserved;
}

/** The reserved attempt proved right: it no longer counts as a failure, and the client is known. */
export async function markLoginSucceeded(db: DbOrTx, attemptId: bigint) {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

/** Whether the failures in the window (reservations included) leave room for another attempt. */
async function withinLimits(tx: DbOrTx, account: string, address: string, now: Date) {
  const failed = { succeeded: false, at: { gte: windowStart(now) } } satisfies Prisma.LoginAttemptWhereInput;
  const byPair = await tx.loginAttempt.count({ where: { ...failed, email: account, address } });
  if (byPair >= MAX_FAILURES_PER_CLIENT_AND_ACCOUNT) return false;
  const byClient = await tx.loginAttempt.count({ where: { ...failed, address } });
  if (byClient >= MAX_FAILURES_PER_CLIENT) return false;
  const byAccount = await tx.loginAttempt.count({ where: { ...failed, email: account } });
  if (byAccount < MAX_FAILURES_PER_ACCOUNT) return true;
  const known = await tx.loginAttempt.findFirst({
    where: {
      email: account,
      address,
      succeeded: true,
      at: { gte: minutesBefore(now, KNOWN_CLIENT_DAYS * 24 * 60) },
    },
    select: { id: true },
  });
  return known != null;
}

/** Runs `work` in a transaction of its own (or the caller's), waiting for a connection under load. */
function serialised<T>(db: DbOrTx, work: (tx: DbOrTx) => Promise<T>): Promise<T> {
  const client = db as Partial<Database>;
  if (typeof client.$transaction !== "function") return work(db);
  return (db as Database).$transaction((tx) => work(tx), { maxWait: 15_000, timeout: 15_000 });
}

/**
 * Deletes what no limit reads any more: failures that have left the window, successes older
 * than KNOWN_CLIENT_DAYS. The table stays as small as the last few minutes' sign-ins plus one
 * row per sign-in of the last month. Answers how many rows went.
 */
async function pruneLoginAttempts(db: DbOrTx, now = new Date()) {
  const { count } = await db.loginAttempt.deleteMany({
    where: {
      OR: [
        { succeeded: false, at: { lt: windowStart(now) } },
        { succeeded: true, at: { lt: minutesBefore(now, KNOWN_CLIENT_DAYS * 24 * 60) } },
      ],
    },
  });
  return count;
}

/**
 * The client's address as scripts/serve.ts put it in x-forwarded-for (lib/auth/client-address.ts
 * decides it from the socket and TRUSTED_PROXY_HOPS, replacing whatever the client sent).
 */
export function clientAddress(headers: Headers) {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
