"use server";
// User management (lib/manage/user-actions.ts, lib/users/): invitations, deactivation, assignments.
import { inviteUser, renewInvitation, setUserActive, setUserAssignments } from "@/lib/manage/user-actions";
import type { FormState } from "@/lib/manage/form-state";
import { managePath, runFormAction } from "../run-action";

/** Stays on the page: the invitation link is shown once, in the form's answer. */
export async function inviteUserAction(_state: FormState, formData: FormData) {
  return runFormAction(inviteUser, formData, () => null);
}
export async function renewInvitationAction(_state: FormState, formData: FormData) {
  return runFormAction(renewInvitation, formData, () => null);
}
export async function setUserActiveAction(_state: FormState, formData: FormData) {
  return runFormAction(setUserActive, formData, () => managePath(formData, "/anvandare?sparat=user"));
}
export async function setUserAssignmentsAction(_state: FormState, formData: FormData) {
  return runFormAction(setUserAssignments, formData, () => managePath(formData, "/anvandare?sparat=user"));
}
