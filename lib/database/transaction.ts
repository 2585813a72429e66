import type { Prisma } from "../generated/prisma/client";
import type { Database } from "./client";

/** Either the client or an interactive transaction: domain writes accept both. */
export type DbOrTx = Database | Prisma.TransactionClient;

/** Runs `work` in a transaction, or in the caller's when `db` already is one. */
export function inTransaction<T>(db: DbOrTx, work: (tx: DbOrTx) => Promise<T>): Promise<T> {
  const client = db as Partial<Database>;
  return typeof client.$transaction === "function"
    ? (db as Database).$transaction((tx) => work(tx))
    : work(db);
}
