// Places added in the registry (issue 14): an administrator, or an officer for a member they act
// for, adds a place the gazetteer lacks. It goes into the one "Place" table (source REGISTRY, an
// id from "Place_registry_id_seq", 2,000,000,001 and up, so it can never meet a GeoNames id), with
// the same search keys as GeoNames' places, so the type-ahead, the import and the API find it like
// any other. Every change is versioned (a stale save is refused) and audited; removal is reversible.
import { recordAudit, type Actor } from "../audit/record";
import type { DbOrTx } from "../database/transaction";
import type { Place } from "../generated/prisma/client";
import type { Scope } from "../auth/scope";
import { fieldErrors, fieldMessage, type FieldErrors } from "../validation/field-errors";
import { parseRegistryPlace, type RegistryPlaceData, type RegistryPlaceInput } from "./input";
import { asciiName, placeSearchKeys } from "./search-keys";

const PLACE_ENTITY = "Place";

export type PlaceEditResult =
  | { ok: true; place: Place }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; kind: "conflict"; current: Place; changedFields: string[] }
  | { ok: false; kind: "forbidden" }
  | { ok: false; kind: "not_found" };

const inScope = (scope: Scope, organisationId: number | null) =>
  scope === "all" || (organisationId !== null && scope.organisationIds.includes(organisationId));

/** The columns a registry place's input fills, search keys included. */
function placeColumns(data: RegistryPlaceData) {
  const main = data.names[0]!.name;
  return {
    name: main,
    asciiName: asciiName(main),
    countryCode: data.countryCode,
    kind: data.kind,
    latitude: data.latitude,
    longitude: data.longitude,
    wikidataId: data.wikidataId,
    geonamesId: data.geonamesId,
    names: data.names,
    ...placeSearchKeys(data.names.map((n) => n.name)),
  };
}

/** Refusals that need the database: an unknown country, a GeoNames id the gazetteer already has. */
async function databaseErrors(
  db: DbOrTx,
  data: RegistryPlaceData,
  selfId?: number,
): Promise<FieldErrors | null> {
  if (!(await db.country.findUnique({ where: { code: data.countryCode }, select: { code: true } })))
    return fieldErrors("countryCode", fieldMessage("countryRequired"));
  if (data.geonamesId !== null) {
    if (await db.place.findFirst({ where: { id: data.geonamesId }, select: { id: true } }))
      return fieldErrors("geonamesId", fieldMessage("geonamesIdInGazetteer", { id: data.geonamesId }));
    const twin = await db.place.findFirst({
      where: { geonamesId: data.geonamesId, removedAt: null, ...(selfId ? { id: { not: selfId } } : {}) },
      select: { id: true },
    });
    if (twin) return fieldErrors("geonamesId", fieldMessage("geonamesIdAdded", { id: data.geonamesId }));
  }
  return null;
}

/** Adds a place for a member (the officer must act for it; an administrator for any). */
export async function createRegistryPlace(
  db: DbOrTx,
  organisationId: number,
  scope: Scope,
  input: RegistryPlaceInput,
  actor: Actor,
): Promise<PlaceEditResult> {
  if (!inScope(scope, organisationId)) return { ok: false, kind: "forbidden" };
  const parsed = parseRegistryPlace(input);
  if (!parsed.ok) return { ok: false, kind: "invalid", fieldErrors: parsed.fieldErrors };
  const refused = await databaseErrors(db, parsed.data);
  if (refused) return { ok: false, kind: "invalid", fieldErrors: refused };
  const [{ id }] = await db.$queryRaw<[{ id: number }]>`SELECT nextval('"Place_registry_id_seq"')::int AS id`;
  const place = await db.place.create({
    data: {
      id,
      source: "REGISTRY",
      population: 0,
      featureCode: "REG",
      addedForId: organisationId,
      ...placeColumns(parsed.data),
    },
  });
  await recordAudit(db, actor, {
    entityType: PLACE_ENTITY,
    entityId: place.id,
    action: "CREATE",
    after: place,
  });
  return { ok: true, place };
}

export type PlaceTarget = { id: number; expectedVersion: number; scope: Scope };

const EDITED_FIELDS = [
  "name",
  "names",
  "countryCode",
  "kind",
  "latitude",
  "longitude",
  "wikidataId",
  "geonamesId",
  "removedAt",
] as const;

/** One guarded write: id, version, source and removal state in the `where`, then audited. */
async function guardedPlaceWrite(
  db: DbOrTx,
  target: PlaceTarget,
  removed: boolean,
  data: Partial<Omit<Place, "names">> & { names?: RegistryPlaceData["names"] },
  action: "UPDATE" | "REMOVE" | "RESTORE",
  actor: Actor,
): Promise<PlaceEditResult> {
  const before = await db.place.findUnique({ where: { id: target.id } });
  if (!before || before.source !== "REGISTRY") return { ok: false, kind: "not_found" };
  if (!inScope(target.scope, before.addedForId)) return { ok: false, kind: "forbidden" };
  const { count } = await db.place.updateMany({
    where: {
      id: target.id,
      source: "REGISTRY",
      version: target.expectedVersion,
      removedAt: removed ? { not: null } : null,
      ...(target.scope === "all" ? {} : { addedForId: { in: target.scope.organisationIds } }),
    },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) {
    if (before.version === target.expectedVersion) return { ok: false, kind: "not_found" };
    const startedFrom = await db.auditEvent.findFirst({
      where: {
        entityType: PLACE_ENTITY,
        entityId: String(before.id),
        after: { path: ["version"], equals: target.expectedVersion },
      },
      orderBy: { id: "desc" },
    });
    const from = (startedFrom?.after ?? {}) as Record<string, unknown>;
    const stored = JSON.parse(JSON.stringify(before)) as Record<string, unknown>;
    const changedFields = EDITED_FIELDS.filter(
      (f) => JSON.stringify(from[f] ?? null) !== JSON.stringify(stored[f] ?? null),
    );
    return { ok: false, kind: "conflict", current: before, changedFields };
  }
  const after = await db.place.findUniqueOrThrow({ where: { id: target.id } });
  await recordAudit(db, actor, { entityType: PLACE_ENTITY, entityId: after.id, action, before, after });
  return { ok: true, place: after };
}

export async function updateRegistryPlace(
  db: DbOrTx,
  target: PlaceTarget,
  input: RegistryPlaceInput,
  actor: Actor,
): Promise<PlaceEditResult> {
  const existing = await db.place.findUnique({ where: { id: target.id } });
  if (!existing || existing.source !== "REGISTRY") return { ok: false, kind: "not_found" };
  if (!inScope(target.scope, existing.addedForId)) return { ok: false, kind: "forbidden" };
  const parsed = parseRegistryPlace(input);
  if (!parsed.ok) return { ok: false, kind: "invalid", fieldErrors: parsed.fieldErrors };
  const refused = await databaseErrors(db, parsed.data, target.id);
  if (refused) return { ok: false, kind: "invalid", fieldErrors: refused };
  return guardedPlaceWrite(db, target, false, placeColumns(parsed.data), "UPDATE", actor);
}

/**
 * Removes a place added in the registry: it is no longer found by the type-ahead, the import
 * or the API. A place a partnership names cannot be removed (its pages would lose their partner).
 */
export async function removeRegistryPlace(
  db: DbOrTx,
  target: PlaceTarget,
  actor: Actor,
): Promise<PlaceEditResult> {
  const inUse = await db.partnershipPartner.count({ where: { placeId: target.id } });
  if (inUse > 0) {
    const existing = await db.place.findUnique({ where: { id: target.id }, select: { addedForId: true } });
    if (existing && !inScope(target.scope, existing.addedForId)) return { ok: false, kind: "forbidden" };
    return {
      ok: false,
      kind: "invalid",
      fieldErrors: fieldErrors("form", fieldMessage("placeInUse", { count: inUse })),
    };
  }
  return guardedPlaceWrite(db, target, false, { removedAt: new Date() }, "REMOVE", actor);
}

export const restoreRegistryPlace = (db: DbOrTx, target: PlaceTarget, actor: Actor) =>
  guardedPlaceWrite(db, target, true, { removedAt: null }, "RESTORE", actor);
