// Reads of the Place table for the place pages, public and signed-in.
import type { DbOrTx } from "../database/transaction";

/** A place as the public sees it, with its country: one removed from the registry's own additions is gone. */
export function findPublicPlace(db: DbOrTx, id: number) {
  return db.place.findFirst({ where: { id, removedAt: null }, include: { country: true } });
}

/** A place added in the registry for this member (removed or not), or null: the URL's member and place must belong together. */
export function findMemberRegistryPlace(db: DbOrTx, organisationId: number, id: number) {
  return db.place.findFirst({ where: { id, source: "REGISTRY", addedForId: organisationId } });
}
