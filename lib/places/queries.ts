// Reads of the Place table for the place pages, public and signed-in.
import type { DbOrTx } from "../database/transaction";

/**
 * A place as the public sees it, with its country: one removed from the registry's own additions
 * is gone, and one a request from abroad added is not there until its request is approved.
 */
export function findPublicPlace(db: DbOrTx, id: number) {
  return db.place.findFirst({
    where: { id, removedAt: null, awaitingApproval: false },
    include: { country: true },
  });
}

/** A place added in the registry for this member (removed or not), or null: the URL's member and place must belong together. */
export function findMemberRegistryPlace(db: DbOrTx, organisationId: number, id: number) {
  return db.place.findFirst({ where: { id, source: "REGISTRY", addedForId: organisationId } });
}
