// What an inventory answer depends on besides the answers (lib/inventory/questions.ts,
// questionApplies): read once by the answer page, which hides what does not apply, and again by
// recordResponse, which refuses it.
import type { DbOrTx } from "../database/transaction";
import type { AnswerContext } from "./questions";

/**
 * A member "has twin towns or partnerships" when it stands behind (confirmed participation) at
 * least one current one, not ended, not removed: the survey's "Om ni inte har vänorter eller
 * partnerskap" is about those two kinds, not about other cooperation.
 */
export async function answerContext(db: DbOrTx, organisationId: number): Promise<AnswerContext> {
  const current = await db.partnershipParticipant.count({
    where: {
      organisationId,
      confirmedAt: { not: null },
      partnership: {
        removedAt: null,
        endedOn: null,
        kind: { in: ["TWIN_TOWN", "MUNICIPAL_PARTNERSHIP"] },
      },
    },
  });
  return { hasPartnerships: current > 0 };
}
