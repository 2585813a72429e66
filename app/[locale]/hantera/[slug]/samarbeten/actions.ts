"use server";
// The partnership forms' actions (the edit page, its lifecycle buttons and its history). Each
// goes back to the partnership's page with a note of what was saved.
import {
  submitNewPartnership,
  submitPartnershipConfirm,
  submitPartnershipEnd,
  submitPartnershipRemove,
  submitPartnershipReopen,
  submitPartnershipRestore,
  submitPartnershipUpdate,
  submitPartnershipVersionRestore,
} from "@/lib/manage/partnership-actions";
import type { FormState } from "@/lib/manage/form-state";
import { managePath, runFormAction } from "../../run-action";

const toPartnership = (formData: FormData, saved: string) => (state: FormState) =>
  managePath(formData, `/samarbeten/${state.savedId}?sparat=${saved}`);

export async function createPartnershipAction(_state: FormState, formData: FormData) {
  return runFormAction(submitNewPartnership, formData, toPartnership(formData, "created"));
}
export async function updatePartnershipAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPartnershipUpdate, formData, toPartnership(formData, "updated"));
}
export async function endPartnershipAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPartnershipEnd, formData, toPartnership(formData, "ended"));
}
export async function reopenPartnershipAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPartnershipReopen, formData, toPartnership(formData, "reopened"));
}
export async function confirmPartnershipAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPartnershipConfirm, formData, toPartnership(formData, "confirmed"));
}
export async function removePartnershipAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPartnershipRemove, formData, toPartnership(formData, "removed"));
}
export async function restorePartnershipAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPartnershipRestore, formData, toPartnership(formData, "restored"));
}
export async function restorePartnershipVersionAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPartnershipVersionRestore, formData, toPartnership(formData, "version"));
}
