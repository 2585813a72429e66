// Places named by a town abroad on the public partner-search form (issue 16) when neither the
// gazetteer nor the registry has them. Such a place is a registry place that waits for approval
// ("awaitingApproval"): found nowhere public until an administrator approves the request that
// names it, in the same transaction. Two requests naming the same new town share one place: the
// look-up and the insert run under an advisory lock for the town's normalised name and country.
import { recordAudit, type Actor } from "../audit/record";
import type { DbOrTx } from "../database/transaction";
import { normalizeName } from "../text/normalize";
import { asciiName, placeSearchKeys } from "./search-keys";

const PLACE_ENTITY = "Place";
const TOWN_LOCK = 7318;

type NewTown = { name: string; countryCode: string; latitude: number; longitude: number };

/** The key two requests naming the same town share: "EE:nova vodolaha". */
export const townKey = (countryCode: string, name: string) =>
  `${countryCode.toUpperCase()}:${normalizeName(name)}`;

/** Holds the town's lock until the transaction ends. Call it inside a transaction. */
async function lockTown(tx: DbOrTx, countryCode: string, name: string) {
  await tx.$queryRaw`SELECT 1 FROM pg_advisory_xact_lock(${TOWN_LOCK}::int4, hashtext(${townKey(countryCode, name)}))`;
}

/**
 * Places of that normalised name (any of their names) in that country, public ones first, larger
 * first. Pending ones are included: a second request for a town not yet approved reuses it.
 */
export function placesNamed(db: DbOrTx, countryCode: string, name: string) {
  const key = normalizeName(name);
  return db.place.findMany({
    where: { countryCode, searchNames: { has: key }, removedAt: null },
    select: { id: true, awaitingApproval: true },
    orderBy: [{ awaitingApproval: "asc" }, { population: "desc" }, { id: "asc" }],
    take: 10,
  });
}

/**
 * The place for a town the requester says is missing, inside the submission's transaction: an
 * existing place of that name and country if there is one (public or pending), otherwise a new
 * pending registry place (audited as the public form's).
 */
export async function findOrAddPendingPlace(
  tx: DbOrTx,
  town: NewTown,
  actor: Actor,
): Promise<{ id: number; created: boolean }> {
  await lockTown(tx, town.countryCode, town.name);
  const existing = await placesNamed(tx, town.countryCode, town.name);
  if (existing[0]) return { id: existing[0].id, created: false };
  const [{ id }] = await tx.$queryRaw<[{ id: number }]>`SELECT nextval('"Place_registry_id_seq"')::int AS id`;
  const place = await tx.place.create({
    data: {
      id,
      source: "REGISTRY",
      awaitingApproval: true,
      name: town.name,
      asciiName: asciiName(town.name),
      countryCode: town.countryCode,
      latitude: town.latitude,
      longitude: town.longitude,
      population: 0,
      featureCode: "REG",
      // "names" stays empty: the language of a typed name is unknown (the place form asks for it).
      ...placeSearchKeys([town.name]),
    },
  });
  await recordAudit(tx, actor, { entityType: PLACE_ENTITY, entityId: id, action: "CREATE", after: place });
  return { id, created: true };
}

/** The request naming the place was approved: the place becomes public (audited). */
export async function approvePendingPlace(tx: DbOrTx, placeId: number, actor: Actor) {
  const before = await tx.place.findUnique({ where: { id: placeId } });
  if (!before?.awaitingApproval) return;
  const after = await tx.place.update({
    where: { id: placeId },
    data: { awaitingApproval: false, version: { increment: 1 } },
  });
  await recordAudit(tx, actor, {
    entityType: PLACE_ENTITY,
    entityId: placeId,
    action: "UPDATE",
    before,
    after,
  });
}

/**
 * The request naming a pending place was refused: the request keeps the name as text, and the
 * place is deleted unless another request still waiting names it. Deleted, not kept pending: it
 * was never public (nothing links to it), and a refused request's text (often spam) should not
 * stay in the gazetteer's table. Under the town's lock, so no new request can take it meanwhile.
 */
export async function releasePendingPlace(tx: DbOrTx, requestId: number, actor: Actor) {
  const request = await tx.partnerRequest.findUnique({
    where: { id: requestId },
    select: { place: { select: { id: true, name: true, countryCode: true, awaitingApproval: true } } },
  });
  const place = request?.place;
  if (!place?.awaitingApproval) return;
  await lockTown(tx, place.countryCode, place.name);
  await tx.partnerRequest.update({
    where: { id: requestId },
    data: { placeId: null, townName: place.name },
  });
  const stillNamed = await tx.partnerRequest.count({ where: { placeId: place.id } });
  if (stillNamed > 0) return;
  const before = await tx.place.findUniqueOrThrow({ where: { id: place.id } });
  await tx.place.delete({ where: { id: place.id } });
  await recordAudit(tx, actor, { entityType: PLACE_ENTITY, entityId: place.id, action: "REMOVE", before });
}
