// The handler of the administrators' Wikidata item form on a member's page in /hantera.
import { scopeOf } from "../auth/scope";
import { actorOf, type SessionUser } from "../auth/session-user";
import type { DbOrTx } from "../database/transaction";
import { setOrganisationWikidataId } from "../organisations/wikidata-id";
import {
  FORBIDDEN_STATE,
  NOT_FOUND_STATE,
  UNAUTHENTICATED,
  formValues,
  positiveInt,
  text,
  type FormState,
} from "./form-state";

export async function submitOrganisationWikidataId(
  db: DbOrTx,
  user: SessionUser | null,
  formData: FormData,
): Promise<FormState> {
  if (!user) return UNAUTHENTICATED;
  const values = formValues(formData);
  // Administrators only, before anything about the member is read.
  if (user.role !== "ADMINISTRATOR") return { ...FORBIDDEN_STATE, values };
  const organisationId = positiveInt(formData, "organisationId");
  const expectedVersion = positiveInt(formData, "expectedVersion");
  if (!organisationId || !expectedVersion) return { ...NOT_FOUND_STATE, values };
  const result = await setOrganisationWikidataId(
    db,
    { organisationId, expectedVersion, scope: scopeOf(user) },
    text(formData, "wikidataId"),
    actorOf(user),
  );
  if (result.ok) return { status: "saved", savedId: result.organisation.id };
  if (result.kind === "invalid") return { status: "invalid", fieldErrors: result.fieldErrors, values };
  if (result.kind === "conflict")
    return {
      status: "conflict",
      values,
      conflict: {
        changedFields: result.changedFields,
        currentVersion: result.current.version,
        current: { ...result.current },
      },
    };
  return { status: result.kind, values };
}
