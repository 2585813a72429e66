// The hook the writers call at the end of their transaction. The publisher is imported when a
// write runs, not when this module loads: it reads through lib/api, which imports the very
// writers that import this (a static import would close a cycle at module initialisation).
import { inTransaction, type DbOrTx } from "../database/transaction";
import type { WriteScope } from "./publish";

/** Publishes the public changes of what this transaction wrote, before it commits. */
export async function publishAfterWrite(tx: DbOrTx, scope: WriteScope): Promise<void> {
  const { publishWrite } = await import("./publish");
  // A lone client (the seed) gets a transaction of its own, so the publisher's lock holds.
  await inTransaction(tx, (inner) => publishWrite(inner, scope));
}
