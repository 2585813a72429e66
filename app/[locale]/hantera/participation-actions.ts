"use server";
// Answers to a request to join a partnership, on the dashboard and on a member's page: back to
// the page the form was on.
import { submitParticipationConfirm, submitParticipationDecline } from "@/lib/manage/consent-actions";
import type { FormState } from "@/lib/manage/form-state";
import { managePath, runFormAction } from "./run-action";

export async function confirmParticipationAction(_state: FormState, formData: FormData) {
  return runFormAction(submitParticipationConfirm, formData, () =>
    managePath(formData, "?sparat=participationConfirmed"),
  );
}
export async function declineParticipationAction(_state: FormState, formData: FormData) {
  return runFormAction(submitParticipationDecline, formData, () =>
    managePath(formData, "?sparat=participationDeclined"),
  );
}
