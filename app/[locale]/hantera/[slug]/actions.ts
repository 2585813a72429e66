"use server";
// The member profile's actions (contacts, "our information is current", earlier versions, the
// administrators' Wikidata item).
import type { FormState } from "@/lib/manage/form-state";
import {
  submitOrganisationContacts,
  submitOrganisationReview,
  submitOrganisationVersionRestore,
  submitOrganisationWikidataId,
} from "@/lib/manage/organisation-actions";
import { managePath, runFormAction } from "../run-action";

export async function organisationContactsAction(_state: FormState, formData: FormData) {
  return runFormAction(submitOrganisationContacts, formData, () => managePath(formData, "?sparat=contacts"));
}
export async function organisationVersionRestoreAction(_state: FormState, formData: FormData) {
  return runFormAction(submitOrganisationVersionRestore, formData, () =>
    managePath(formData, "?sparat=version"),
  );
}
export async function organisationReviewAction(_state: FormState, formData: FormData) {
  return runFormAction(submitOrganisationReview, formData, () => managePath(formData, "?sparat=reviewed"));
}
export async function organisationWikidataAction(_state: FormState, formData: FormData) {
  return runFormAction(submitOrganisationWikidataId, formData, () =>
    managePath(formData, "?sparat=wikidata"),
  );
}
