"use server";
// The policy document forms' actions: each goes back to the document's page.
import type { FormState } from "@/lib/manage/form-state";
import {
  submitNewPolicy,
  submitPolicyRemove,
  submitPolicyRestore,
  submitPolicyUpdate,
  submitPolicyVersionRestore,
} from "@/lib/manage/policy-actions";
import { managePath, runFormAction } from "../../run-action";

const toPolicy = (formData: FormData, saved: string) => (state: FormState) =>
  managePath(formData, `/policy/${state.savedId}?sparat=${saved}`);

export async function createPolicyAction(_state: FormState, formData: FormData) {
  return runFormAction(submitNewPolicy, formData, toPolicy(formData, "policy"));
}
export async function updatePolicyAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPolicyUpdate, formData, toPolicy(formData, "policy"));
}
export async function removePolicyAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPolicyRemove, formData, toPolicy(formData, "policyRemoved"));
}
export async function restorePolicyAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPolicyRestore, formData, toPolicy(formData, "policyRestored"));
}
export async function restorePolicyVersionAction(_state: FormState, formData: FormData) {
  return runFormAction(submitPolicyVersionRestore, formData, toPolicy(formData, "version"));
}
