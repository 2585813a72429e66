// A member's answer to a request to join a partnership: confirm (the participation becomes
// public) or decline (the member is taken off the partnership). Either is a new version of the
// partnership, audited like any edit, so a declined request can be restored from the history.
import type { Actor } from "../audit/record";
import { inTransaction, type DbOrTx } from "../database/transaction";
import type { Prisma } from "../generated/prisma/client";
import { fieldErrors, fieldMessage } from "../validation/field-errors";
import { publicPartnershipDetail } from "./queries";
import { FORBIDDEN, NOT_FOUND, invalid, type EditResult } from "./edit-result";
import { finishWrite, loadDetail } from "./guard";
import { type Scope, actsFor } from "../auth/scope";

/** One member's participation in one partnership, answered by someone with `scope`. */
export type ParticipationTarget = { partnershipId: number; organisationId: number; scope: Scope };

export type ParticipationAnswer = "confirm" | "decline";

/**
 * Answers a pending request. Refused (forbidden, nothing changed) unless the caller acts for the
 * member: an officer of another member cannot confirm on its behalf. Only a pending request can
 * be answered; a confirmed participation is left to the partnership's own edit form.
 */
export async function answerParticipation(
  db: DbOrTx,
  target: ParticipationTarget,
  answer: ParticipationAnswer,
  actor: Actor,
): Promise<EditResult> {
  // Checked before anything about the partnership is read, so a refusal reveals nothing.
  if (!actsFor(target.scope, target.organisationId)) return FORBIDDEN;
  const { partnershipId, organisationId } = target;
  return inTransaction(db, async (tx) => {
    const before = await loadDetail(tx, partnershipId);
    const participation = before?.participants.find((p) => p.organisationId === organisationId);
    if (!before || before.removedAt || !participation) return NOT_FOUND;
    if (participation.confirmedAt)
      return invalid(fieldErrors("form", fieldMessage("participationNotPending")));
    // The pending state is in the `where`: of two answers at once, only the first changes anything.
    const where = { partnershipId, organisationId, confirmedAt: null };
    const { count } =
      answer === "confirm"
        ? await tx.partnershipParticipant.updateMany({
            where,
            data: { confirmedAt: new Date(), confirmedById: actor.userId ?? null },
          })
        : await tx.partnershipParticipant.deleteMany({ where });
    if (count !== 1) return invalid(fieldErrors("form", fieldMessage("participationNotPending")));
    // A new version: caches keyed on the registry's data version see the change, and an open
    // edit form of the partnership notices it.
    await tx.partnership.update({ where: { id: partnershipId }, data: { version: { increment: 1 } } });
    return finishWrite(tx, partnershipId, actor, "UPDATE", before);
  });
}

/** The pending requests to the members `organisationWhere` selects, oldest partnership first. */
export function pendingParticipations(db: DbOrTx, organisationWhere: Prisma.OrganisationWhereInput) {
  return db.partnershipParticipant.findMany({
    where: { confirmedAt: null, organisation: organisationWhere, partnership: { removedAt: null } },
    include: {
      organisation: { select: { id: true, name: true, slug: true } },
      // The partnership as the public sees it: who stands behind it, with whom.
      partnership: { include: publicPartnershipDetail },
    },
    orderBy: [{ partnershipId: "asc" }, { organisationId: "asc" }],
  });
}

export type PendingParticipation = Awaited<ReturnType<typeof pendingParticipations>>[number];
