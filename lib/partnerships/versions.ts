// A partnership's history (its audit events) and restoring an earlier version from it.
import { auditHistory } from "../audit/history";
import type { Actor } from "../audit/record";
import { inTransaction, type DbOrTx } from "../database/transaction";
import { NOT_FOUND, invalid, type EditResult } from "./edit-result";
import { explainMiss, finishWrite, guardedUpdate, loadForEdit, type EditTarget } from "./guard";
import { parsePartnershipContent } from "./input-schema";
import { hasErrors } from "../validation/field-errors";
import { parseBigRecordId } from "../validation/record-id";
import { contentFromView, editableView, type SnapshotLike } from "./snapshot";
import { contentFields, replaceRelations } from "./update";
import { checkPartnershipRules, lockParticipants } from "./validate";

/** Every audit event of a partnership, newest first, with who acted. */
export const partnershipHistory = (db: DbOrTx, id: number) => auditHistory(db, "Partnership", id);

/**
 * Re-applies the `after` snapshot of one of this partnership's audit events as a new version:
 * content, end, verification and review note. Removal is not part of a version (remove and
 * restore do that). The snapshot passes today's schema and rules, or nothing changes.
 */
export async function restorePartnershipVersion(
  db: DbOrTx,
  target: EditTarget,
  auditEventId: bigint | number | string,
  actor: Actor,
): Promise<EditResult> {
  const eventId = parseBigRecordId(auditEventId);
  if (eventId === null) return NOT_FOUND;
  return inTransaction(db, async (tx) => {
    const loaded = await loadForEdit(tx, target, "live");
    if (!loaded.ok) return loaded;
    const event = await tx.auditEvent.findUnique({ where: { id: eventId } });
    if (!event || event.entityType !== "Partnership" || event.entityId !== String(target.id) || !event.after)
      return NOT_FOUND;

    const view = editableView(event.after as unknown as SnapshotLike);
    const parsed = parsePartnershipContent(contentFromView(view));
    if (!parsed.ok) return invalid(parsed.fieldErrors);
    const content = parsed.data;
    const endedOn = view.endedOn ? new Date(`${view.endedOn}T00:00:00Z`) : null;
    if (!endedOn) await lockParticipants(tx, content.participantIds);
    const errors = await checkPartnershipRules(tx, content, {
      partnershipId: target.id,
      active: !endedOn,
      scope: target.scope,
      endedOn,
    });
    if (hasErrors(errors)) return invalid(errors);

    const data = {
      ...contentFields(content),
      endedOn,
      endReason: view.endReason,
      endDecisionRef: view.endDecisionRef,
      verification: view.verification === "VERIFIED" ? ("VERIFIED" as const) : ("NEEDS_REVIEW" as const),
      reviewNote: view.reviewNote,
    };
    if (!(await guardedUpdate(tx, target, "live", data))) return explainMiss(tx, target, "live");
    await replaceRelations(tx, target.id, content, { scope: target.scope, userId: actor.userId });
    // Logged as a restore of that event's version, so the history says where it came from.
    return finishWrite(tx, target.id, actor, "RESTORE", loaded.current, event.id);
  });
}
