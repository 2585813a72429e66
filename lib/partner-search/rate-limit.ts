// The public form's limits, kept in the database (they hold across restarts and processes) and
// checked atomically: the count and the insert run in one transaction under an advisory lock for
// the client address, so simultaneous posts from one address queue there and at most
// MAX_PER_ADDRESS get through (tests/integration/partner-search.test.ts posts them at once).
import type { DbOrTx } from "../database/transaction";
import type { Prisma } from "../generated/prisma/client";

/** Requests one client address may send within WINDOW_MINUTES. */
export const MAX_PER_ADDRESS = 3;
const WINDOW_MINUTES = 60;
/** Requests waiting for confirmation or approval, from everyone: beyond this the form waits for the administrators. */
const MAX_WAITING = 200;

const ADDRESS_LOCK = 7316;
const QUEUE_LOCK = 7317;

/**
 * Runs `create` when the address and the waiting queue leave room for one more request, all in
 * one transaction that holds the locks; answers null (nothing written) when a limit is reached.
 */
export async function withinSubmissionLimits<T>(
  db: DbOrTx,
  address: string,
  now: Date,
  create: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T | null> {
  const run = async (tx: Prisma.TransactionClient) => {
    // The address's lock first, then the queue's: one order for everyone, no deadlock.
    await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(${ADDRESS_LOCK}::int4, hashtext(${address}))`;
    await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(${QUEUE_LOCK}::int4, 0)`;
    const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
    const recent = await tx.partnerRequest.count({
      where: { side: "ABROAD", submittedFrom: address, createdAt: { gte: since } },
    });
    if (recent >= MAX_PER_ADDRESS) return null;
    const waiting = await tx.partnerRequest.count({ where: { status: { in: ["UNCONFIRMED", "PENDING"] } } });
    if (waiting >= MAX_WAITING) return null;
    return create(tx);
  };
  const client = db as Partial<{ $transaction: unknown }>;
  if (typeof client.$transaction !== "function") return run(db as Prisma.TransactionClient);
  return (db as import("../database/client").Database).$transaction(run, {
    maxWait: 15_000,
    timeout: 15_000,
  });
}
