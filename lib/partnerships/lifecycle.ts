// Ending, reopening, confirming, removing and restoring a partnership. Ended partnerships stay
// as history; removal only sets `removedAt`, so it can be undone.
import type { Actor } from "../audit/record";
import type { DbOrTx } from "../database/transaction";
import { invalid, type EditResult } from "./edit-result";
import { simpleEdit, type EditTarget } from "./guard";
import { parsePartnershipEnding } from "./input-schema";
import type { PartnershipWithDetail } from "./types";
import { endDateErrors } from "./rules";
import { fieldErrors, fieldMessage, hasErrors } from "../validation/field-errors";
import { checkDuplicates, lockParticipants } from "./validate";

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Ends a current partnership with a date, and optionally a reason and the decision. */
export async function endPartnership(
  db: DbOrTx,
  target: EditTarget,
  input: unknown,
  actor: Actor,
): Promise<EditResult> {
  const parsed = parsePartnershipEnding(input);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const { endedOn, endReason, endDecisionRef } = parsed.data;
  return simpleEdit(db, target, actor, {
    state: "live",
    action: "UPDATE",
    rules: async (_tx, current) => {
      if (current.endedOn) {
        return invalid(
          fieldErrors("endedOn", fieldMessage("alreadyEnded", { endedOn: day(current.endedOn) })),
        );
      }
      const errors = endDateErrors(endedOn, current.startYear);
      return errors.length ? invalid(fieldErrors("endedOn", ...errors)) : null;
    },
    data: () => ({ endedOn, endReason: endReason ?? null, endDecisionRef: endDecisionRef ?? null }),
  });
}

/** Makes an ended partnership current again, unless that would duplicate another current one. */
export async function reopenPartnership(db: DbOrTx, target: EditTarget, actor: Actor): Promise<EditResult> {
  return simpleEdit(db, target, actor, {
    state: "live",
    action: "UPDATE",
    rules: async (tx, current) => {
      if (!current.endedOn) return invalid(fieldErrors("form", fieldMessage("notEnded")));
      return duplicatesOf(tx, current);
    },
    data: () => ({ endedOn: null, endReason: null, endDecisionRef: null }),
  });
}

/** The member confirms the partnership as it stands: verified, and the review note is done. */
export async function confirmPartnership(db: DbOrTx, target: EditTarget, actor: Actor): Promise<EditResult> {
  return simpleEdit(db, target, actor, {
    state: "live",
    action: "UPDATE",
    data: () => ({ verification: "VERIFIED", reviewNote: null }),
  });
}

/** Removes a partnership from every list; the row and its history stay, and it can be restored. */
export async function removePartnership(db: DbOrTx, target: EditTarget, actor: Actor): Promise<EditResult> {
  return simpleEdit(db, target, actor, {
    state: "live",
    action: "REMOVE",
    data: () => ({ removedAt: new Date() }),
  });
}

/** Undoes a removal, unless the partnership is current and another current one now duplicates it. */
export async function restorePartnership(db: DbOrTx, target: EditTarget, actor: Actor): Promise<EditResult> {
  return simpleEdit(db, target, actor, {
    state: "removed",
    action: "RESTORE",
    rules: async (tx, current) => (current.endedOn ? null : duplicatesOf(tx, current)),
    data: () => ({ removedAt: null }),
  });
}

async function duplicatesOf(tx: DbOrTx, current: PartnershipWithDetail) {
  const participantIds = current.participants.map((p) => p.organisationId);
  await lockParticipants(tx, participantIds);
  const errors = await checkDuplicates(
    tx,
    { kind: current.kind, participantIds, partners: current.partners },
    current.id,
  );
  return hasErrors(errors) ? invalid(errors) : null;
}
