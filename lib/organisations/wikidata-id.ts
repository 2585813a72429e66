// A member's Wikidata item, set by an administrator: no openly licensed list of Swedish members'
// Wikidata items was at hand for the seed (no npm package carries them with the kommunkod), so
// the registry asks a person. A versioned, audited write like the profile's, kept apart from
// the profile fields so that an officer's version restore never changes it.
import { recordAudit, type Actor } from "../audit/record";
import { publishAfterWrite } from "../changes/after-write";
import { inTransaction, type DbOrTx } from "../database/transaction";
import { fieldErrors, fieldMessage } from "../validation/field-errors";
import type { OrganisationEditResult, OrganisationTarget } from "./update-profile";

export const WIKIDATA_ID = /^Q[1-9]\d{0,11}$/;

/** "Q25724" (any case, spaces around), or empty for none; null when it is neither. */
function parseWikidataId(input: string): { ok: true; value: string | null } | { ok: false } {
  const value = input.trim().toUpperCase();
  if (value === "") return { ok: true, value: null };
  return WIKIDATA_ID.test(value) ? { ok: true, value } : { ok: false };
}

/** Sets or clears the Wikidata item; administrators only (scope "all"). */
export async function setOrganisationWikidataId(
  db: DbOrTx,
  target: OrganisationTarget,
  input: string,
  actor: Actor,
): Promise<OrganisationEditResult> {
  if (target.scope !== "all") return { ok: false, kind: "forbidden" };
  const parsed = parseWikidataId(input);
  if (!parsed.ok)
    return {
      ok: false,
      kind: "invalid",
      fieldErrors: fieldErrors("wikidataId", fieldMessage("wikidataIdInvalid")),
    };
  return inTransaction(db, async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: target.organisationId } });
    if (!before) return { ok: false, kind: "not_found" } as const;
    const { count } = await tx.organisation.updateMany({
      where: { id: target.organisationId, version: target.expectedVersion },
      data: { wikidataId: parsed.value, version: { increment: 1 } },
    });
    if (count !== 1)
      return { ok: false, kind: "conflict", current: before, changedFields: ["wikidataId"] } as const;
    const after = await tx.organisation.findUniqueOrThrow({ where: { id: target.organisationId } });
    await recordAudit(tx, actor, {
      entityType: "Organisation",
      entityId: after.id,
      action: "UPDATE",
      before: { wikidataId: before.wikidataId, version: before.version },
      after: { wikidataId: after.wikidataId, version: after.version },
    });
    await publishAfterWrite(tx, { organisationIds: [after.id] });
    return { ok: true, organisation: after } as const;
  });
}
