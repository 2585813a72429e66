// The organisation forms' handlers: contact details and coordination, "our information is
// current" (lastReviewedOn, shown on the public page), and the administrators' Wikidata item.
// Same shape as partnership-actions.ts.
import { actorOf, type SessionUser } from "../auth/session-user";
import {
  editOrganisationProfile,
  organisationContactsSchema,
  restoreOrganisationVersion,
  type OrganisationEditResult,
} from "../organisations/update-profile";
import { setOrganisationWikidataId } from "../organisations/wikidata-id";
import { fieldErrorsFromZod } from "../validation/field-errors";
import { swedishToday } from "../partnerships/rules";
import {
  FORBIDDEN_STATE,
  formValues,
  NOT_FOUND_STATE,
  positiveInt,
  refusedFormState,
  signedIn,
  text,
  type FormState,
} from "./form-state";
import { unconfirmedRestore } from "./restore-confirmation";
import { actsFor, scopeOf } from "../auth/scope";

const toFormState = (result: OrganisationEditResult, formData: FormData): FormState =>
  result.ok ? { status: "saved", savedId: result.organisation.id } : refusedFormState(result, formData);

function targetOf(user: SessionUser, formData: FormData) {
  const organisationId = positiveInt(formData, "organisationId");
  const expectedVersion = positiveInt(formData, "expectedVersion");
  return organisationId && expectedVersion ? { organisationId, expectedVersion, scope: scopeOf(user) } : null;
}

export const submitOrganisationContacts = signedIn(async (db, user, formData) => {
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
});

/** "Our information is current": today's Swedish date becomes the public review date. */
export const submitOrganisationReview = signedIn(async (db, user, formData) => {
  const target = targetOf(user, formData);
  if (!target) return { ...NOT_FOUND_STATE, values: formValues(formData) };
  const lastReviewedOn = new Date(`${swedishToday()}T00:00:00Z`);
  return toFormState(await editOrganisationProfile(db, target, { lastReviewedOn }, actorOf(user)), formData);
});

/** Restores the profile of an earlier version from the organisation's history. */
export const submitOrganisationVersionRestore = signedIn(async (db, user, formData) => {
  const target = targetOf(user, formData);
  if (!target) return { ...NOT_FOUND_STATE, values: formValues(formData) };
  const unconfirmed = unconfirmedRestore(formData);
  if (unconfirmed) return unconfirmed;
  return toFormState(
    await restoreOrganisationVersion(db, target, text(formData, "auditEventId"), actorOf(user)),
    formData,
  );
});

/** The member's Wikidata item: administrators only, refused before anything about the member is read. */
export const submitOrganisationWikidataId = signedIn(async (db, user, formData) => {
  if (user.role !== "ADMINISTRATOR") return { ...FORBIDDEN_STATE, values: formValues(formData) };
  const target = targetOf(user, formData);
  if (!target) return { ...NOT_FOUND_STATE, values: formValues(formData) };
  return toFormState(
    await setOrganisationWikidataId(db, target, text(formData, "wikidataId"), actorOf(user)),
    formData,
  );
});
