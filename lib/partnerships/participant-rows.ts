// The participant rows a write leaves behind: who is confirmed at once and who is only asked
// (the consent rule is in ./participation.ts).
import { actsFor, type Scope } from "../auth/scope";

/** Who writes participants: their scope decides which new participations are confirmed at once. */
export type ParticipationWriter = { scope: Scope; userId?: number };

type ParticipationState = { confirmedAt: Date | null; confirmedById: number | null };

/**
 * The participant rows of a partnership after a write. A member that was already a participant
 * keeps its state (an edit by someone else neither confirms nor withdraws its consent); a new
 * one is confirmed at once when the writer acts for it, and is otherwise a pending request.
 */
export function participationRows(
  partnershipId: number,
  organisationIds: readonly number[],
  writer: ParticipationWriter,
  existing: ReadonlyMap<number, ParticipationState> = new Map(),
  now = new Date(),
) {
  return organisationIds.map((organisationId) => {
    const kept = existing.get(organisationId);
    if (kept) return { partnershipId, organisationId, ...kept };
    const confirmed = actsFor(writer.scope, organisationId);
    return {
      partnershipId,
      organisationId,
      confirmedAt: confirmed ? now : null,
      confirmedById: confirmed ? (writer.userId ?? null) : null,
    };
  });
}
