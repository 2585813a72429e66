// The shared steps of every write to an existing partnership: read it, refuse what the caller
// may not do, detect a stale version, write with id + version + tenant in the `where`, audit.
import { recordAudit, type Actor } from "../audit/record";
import { publishAfterWrite } from "../changes/after-write";
import { inTransaction, type DbOrTx } from "../database/transaction";
import type { AuditAction, Prisma } from "../generated/prisma/client";
import { partnershipDetail } from "./queries";
import { FORBIDDEN, NOT_FOUND, invalid, type EditFailure, type EditResult } from "./edit-result";
import { changedFields, editableView, type EditableField, type SnapshotLike } from "./snapshot";
import type { PartnershipWithDetail } from "./types";
import { fieldErrors, fieldMessage } from "../validation/field-errors";
import { type Scope, actsForAny, partnershipsInScope } from "../auth/scope";

export type EditTarget = { id: number; expectedVersion: number; scope: Scope };

/** Which rows a write applies to: current ones, removed ones (for restoring), or either. */
export type RowState = "live" | "removed" | "any";

const stateWhere = (state: RowState): Prisma.PartnershipWhereInput =>
  state === "live" ? { removedAt: null } : state === "removed" ? { removedAt: { not: null } } : {};

export const loadDetail = (db: DbOrTx, id: number) =>
  db.partnership.findUnique({ where: { id }, include: partnershipDetail });

/**
 * The row a write may change, or why not. Order matters: an unknown id is not_found, someone
 * else's is forbidden (before anything about it is revealed), a stale version is a conflict,
 * and only then is the row's state checked (removed rows are not_found for ordinary edits).
 */
export async function loadForEdit(
  db: DbOrTx,
  target: EditTarget,
  state: RowState,
): Promise<{ ok: true; current: PartnershipWithDetail } | EditFailure> {
  const current = await loadDetail(db, target.id);
  if (!current) return NOT_FOUND;
  // Only confirmed participations give the right to edit (as in partnershipsInScope, lib/auth/scope.ts).
  const confirmed = current.participants.filter((p) => p.confirmedAt !== null);
  if (
    !actsForAny(
      target.scope,
      confirmed.map((p) => p.organisationId),
    )
  )
    return FORBIDDEN;
  if (current.version !== target.expectedVersion) return conflict(db, current, target.expectedVersion);
  if (state === "live" && current.removedAt) return NOT_FOUND;
  if (state === "removed" && !current.removedAt)
    return invalid(fieldErrors("form", fieldMessage("notRemoved")));
  return { ok: true, current };
}

/**
 * The conflict answer: the row as it is now, and which fields differ from the version the
 * caller started from (found in the audit log, which snapshots every version). Without that
 * snapshot every field is reported, so the UI shows the whole row for review.
 */
async function conflict(
  db: DbOrTx,
  current: PartnershipWithDetail,
  expectedVersion: number,
): Promise<EditFailure> {
  const startedFrom = await db.auditEvent.findFirst({
    where: {
      entityType: "Partnership",
      entityId: String(current.id),
      after: { path: ["version"], equals: expectedVersion },
    },
    orderBy: { id: "desc" },
  });
  const now = editableView(current);
  const fields: EditableField[] = startedFrom?.after
    ? changedFields(editableView(startedFrom.after as unknown as SnapshotLike), now)
    : (Object.keys(now) as EditableField[]);
  return { ok: false, kind: "conflict", current, changedFields: fields };
}

/**
 * The guarded write: only the row with this id, this version, in this state and with a
 * participant in scope is changed, and its version goes up. Zero rows means someone got there
 * first (or the row left the caller's scope): the caller answers from a fresh read.
 */
export async function guardedUpdate(
  db: DbOrTx,
  target: EditTarget,
  state: RowState,
  data: Prisma.PartnershipUpdateManyMutationInput,
) {
  const { count } = await db.partnership.updateMany({
    where: {
      AND: [
        { id: target.id, version: target.expectedVersion },
        stateWhere(state),
        partnershipsInScope(target.scope),
      ],
    },
    data: { ...data, version: { increment: 1 } },
  });
  return count === 1;
}

/** Why a guarded write matched nothing, from a fresh read. */
export async function explainMiss(db: DbOrTx, target: EditTarget, state: RowState): Promise<EditFailure> {
  const reason = await loadForEdit(db, target, state);
  if (!reason.ok) return reason;
  return conflict(db, reason.current, target.expectedVersion);
}

/** Reads the row after a write, audits before and after, and answers with it. */
export async function finishWrite(
  db: DbOrTx,
  id: number,
  actor: Actor,
  action: AuditAction,
  before: PartnershipWithDetail | null,
  restoredFromId?: bigint,
): Promise<EditResult> {
  const after = await db.partnership.findUniqueOrThrow({ where: { id }, include: partnershipDetail });
  await recordAudit(db, actor, {
    entityType: "Partnership",
    entityId: id,
    action,
    before: before ?? undefined,
    after,
    restoredFromId,
  });
  await publishAfterWrite(db, { partnershipIds: [id] });
  return { ok: true, partnership: after };
}

/**
 * A simple write to an existing row: load and check, optional extra rules, guarded update,
 * audit. `rules` may answer a failure (nothing has been written yet when it runs).
 */
export async function simpleEdit(
  db: DbOrTx,
  target: EditTarget,
  actor: Actor,
  options: {
    state: RowState;
    action: AuditAction;
    rules?: (tx: DbOrTx, current: PartnershipWithDetail) => Promise<EditFailure | null>;
    data: (current: PartnershipWithDetail) => Prisma.PartnershipUpdateManyMutationInput;
  },
): Promise<EditResult> {
  return inTransaction(db, async (tx) => {
    const loaded = await loadForEdit(tx, target, options.state);
    if (!loaded.ok) return loaded;
    const refused = await options.rules?.(tx, loaded.current);
    if (refused) return refused;
    if (!(await guardedUpdate(tx, target, options.state, options.data(loaded.current))))
      return explainMiss(tx, target, options.state);
    return finishWrite(tx, target.id, actor, options.action, loaded.current);
  });
}
