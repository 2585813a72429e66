// Creating and editing a partnership's content, validated: the schema first, then the rules
// that need the database, then one transaction with the audit event.
import type { Actor } from "../audit/record";
import { inTransaction, type DbOrTx } from "../database/transaction";
import type { Prisma } from "../generated/prisma/client";
import { createPartnership } from "./create";
import { FORBIDDEN, invalid, type EditResult } from "./edit-result";
import { explainMiss, finishWrite, guardedUpdate, loadForEdit, type EditTarget } from "./guard";
import { parsePartnershipContent, type PartnershipContent } from "./input-schema";
import { hasErrors } from "../validation/field-errors";
import { checkPartnershipRules, lockParticipants } from "./validate";
import { type Scope, actsForAny } from "../auth/scope";
import { participationRows, type ParticipationWriter } from "./participant-rows";

/** Why a partnership with a free-text partner needs review (the domain: free text always does). */
const FREE_TEXT_REVIEW_NOTE =
  "En partner är angiven i fritext. Välj en ort, ett land, ett nätverk eller en organisation om det går.";

const hasFreeText = (content: PartnershipContent) => content.partners.some((p) => p.type === "FREE_TEXT");

/**
 * Creates a partnership from an officer's input. A member's own statement is VERIFIED, unless
 * a partner is free text. Forbidden unless a participant is in scope.
 */
export async function createValidatedPartnership(
  db: DbOrTx,
  input: unknown,
  actor: Actor,
  scope: Scope,
  options: { source?: string } = {},
): Promise<EditResult> {
  const parsed = parsePartnershipContent(input);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const content = parsed.data;
  if (!actsForAny(scope, content.participantIds)) return FORBIDDEN;
  return inTransaction(db, async (tx) => {
    await lockParticipants(tx, content.participantIds);
    const errors = await checkPartnershipRules(tx, content, { active: true, scope });
    if (hasErrors(errors)) return invalid(errors);
    const freeText = hasFreeText(content);
    const created = await createPartnership(
      tx,
      {
        ...content,
        verification: freeText ? "NEEDS_REVIEW" : "VERIFIED",
        reviewNote: freeText ? FREE_TEXT_REVIEW_NOTE : undefined,
        source: options.source,
      },
      actor,
      { scope },
    );
    return { ok: true, partnership: created };
  });
}

/**
 * Replaces the content of a partnership (fields, participants, partners, areas, funding).
 * Its end, verification and removal are changed by their own actions; a free-text partner
 * marks it for review.
 */
export async function updatePartnership(
  db: DbOrTx,
  target: EditTarget,
  input: unknown,
  actor: Actor,
): Promise<EditResult> {
  const parsed = parsePartnershipContent(input);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const content = parsed.data;
  return inTransaction(db, async (tx) => {
    const loaded = await loadForEdit(tx, target, "live");
    if (!loaded.ok) return loaded;
    const { current } = loaded;
    const active = current.endedOn == null;
    if (active) await lockParticipants(tx, content.participantIds);
    const errors = await checkPartnershipRules(tx, content, {
      partnershipId: target.id,
      active,
      scope: target.scope,
      endedOn: current.endedOn,
    });
    if (hasErrors(errors)) return invalid(errors);

    const review: Prisma.PartnershipUpdateManyMutationInput = hasFreeText(content)
      ? { verification: "NEEDS_REVIEW", reviewNote: current.reviewNote ?? FREE_TEXT_REVIEW_NOTE }
      : {};
    if (!(await guardedUpdate(tx, target, "live", { ...contentFields(content), ...review })))
      return explainMiss(tx, target, "live");
    await replaceRelations(tx, target.id, content, { scope: target.scope, userId: actor.userId });
    return finishWrite(tx, target.id, actor, "UPDATE", current);
  });
}

/** The partnership's own columns from validated content; absent optional fields are cleared. */
export function contentFields(content: PartnershipContent): Prisma.PartnershipUpdateManyMutationInput {
  return {
    kind: content.kind,
    otherType: content.otherType ?? null,
    title: content.title ?? null,
    activityLevel: content.activityLevel ?? null,
    startYear: content.startYear ?? null,
    description: content.description ?? null,
    decisionRefs: content.decisionRefs,
  };
}

/**
 * Replaces participants, partners, areas and funding. Run only after the guarded update matched.
 * Participants that stay keep their consent; new ones follow `participationRows`.
 */
export async function replaceRelations(
  db: DbOrTx,
  partnershipId: number,
  content: PartnershipContent,
  writer: ParticipationWriter,
) {
  const where = { partnershipId };
  const existing = await db.partnershipParticipant.findMany({
    where,
    select: { organisationId: true, confirmedAt: true, confirmedById: true },
  });
  const states = new Map(existing.map(({ organisationId, ...state }) => [organisationId, state]));
  await db.partnershipParticipant.deleteMany({ where });
  await db.partnershipPartner.deleteMany({ where });
  await db.partnershipArea.deleteMany({ where });
  await db.partnershipFunding.deleteMany({ where });
  await db.partnershipParticipant.createMany({
    data: participationRows(partnershipId, content.participantIds, writer, states),
  });
  await db.partnershipPartner.createMany({
    data: content.partners.map((partner, position) => ({ ...partner, partnershipId, position })),
  });
  await db.partnershipArea.createMany({
    data: content.areaCodes.map((areaCode) => ({ partnershipId, areaCode })),
  });
  await db.partnershipFunding.createMany({
    data: content.fundingCodes.map((fundingFormCode) => ({ partnershipId, fundingFormCode })),
  });
}
