// The organisation forms' handlers: contact details and coordination, and "our information is
// current" (lastReviewedOn, shown on the public page). Same shape as partnership-actions.ts.
import { actorOf, type SessionUser } from "../auth/session-user";
import type { DbOrTx } from "../database/transaction";
import {
  editOrganisationProfile,
  organisationContactsSchema,
  restoreOrganisationVersion,
  type OrganisationEditResult,
} from "../organisations/update-profile";
import { fieldErrorsFromZod } from "../validation/field-errors";
import { swedishToday } from "../partnerships/rules";
import {
  NOT_FOUND_STATE,
  UNAUTHENTICATED,
  formValues,
  positiveInt,
  text,
  type FormState,
} from "./form-state";
import { unconfirmedRestore } from "./restore-confirmation";
import { actsFor, scopeOf } from "../auth/scope";

type Handler = (db: DbOrTx, user: SessionUser | null, formData: FormData) => Promise<FormState>;

function toFormState(result: OrganisationEditResult, formData: FormData): FormState {
  if (result.ok) return { status: "saved", savedId: result.organisation.id };
  const values = formValues(formData);
  if (result.kind === "invalid") return { status: "invalid", fieldErrors: result.fieldErrors, values };
  if (result.kind === "conflict") {
    const { current } = result;
    return {
      status: "conflict",
      values,
      conflict: {
        changedFields: result.changedFields,
        currentVersion: current.version,
        current: { ...current },
      },
    };
  }
  return { status: result.kind, values };
}

function targetOf(user: SessionUser, formData: FormData) {
  const organisationId = positiveInt(formData, "organisationId");
  const expectedVersion = positiveInt(formData, "expectedVersion");
  return organisationId && expectedVersion ? { organisationId, expectedVersion, scope: scopeOf(user) } : null;
}

export const submitOrganisationContacts: Handler = async (db, user, formData) => {
  if (!user) return UNAUTHENTICATED;
  const target = targetOf(user, formData);
  if (!target) return { ...NOT_FOUND_STATE, values: formValues(formData) };
  const field = (name: string) =>
    typeof formData.get(name) === "string" ? (formData.get(name) as string) : "";
  const parsed = organisationContactsSchema.safeParse({
    website: field("website"),
    internationalPageUrl: field("internationalPageUrl"),
    contactName: field("contactName"),
    contactTitle: field("contactTitle"),
    contactEmail: field("contactEmail"),
    contactPhone: field("contactPhone"),
    postalAddress: field("postalAddress"),
    coordinationForms: formData.getAll("coordinationForms"),
  });
  if (!parsed.success) {
    // Scope first: someone else's organisation is refused before its rules are discussed.
    if (!actsFor(target.scope, target.organisationId))
      return { status: "forbidden", values: formValues(formData) };
    return { status: "invalid", fieldErrors: fieldErrorsFromZod(parsed.error), values: formValues(formData) };
  }
  return toFormState(await editOrganisationProfile(db, target, parsed.data, actorOf(user)), formData);
};

/** "Our information is current": today's Swedish date becomes the public review date. */
export const submitOrganisationReview: Handler = async (db, user, formData) => {
  if (!user) return UNAUTHENTICATED;
  const target = targetOf(user, formData);
  if (!target) return { ...NOT_FOUND_STATE, values: formValues(formData) };
  const lastReviewedOn = new Date(`${swedishToday()}T00:00:00Z`);
  return toFormState(await editOrganisationProfile(db, target, { lastReviewedOn }, actorOf(user)), formData);
};

/** Restores the profile of an earlier version from the organisation's history. */
export const submitOrganisationVersionRestore: Handler = async (db, user, formData) => {
  if (!user) return UNAUTHENTICATED;
  const target = targetOf(user, formData);
  if (!target) return { ...NOT_FOUND_STATE, values: formValues(formData) };
  const unconfirmed = unconfirmedRestore(formData);
  if (unconfirmed) return unconfirmed;
  return toFormState(
    await restoreOrganisationVersion(db, target, text(formData, "auditEventId"), actorOf(user)),
    formData,
  );
};
