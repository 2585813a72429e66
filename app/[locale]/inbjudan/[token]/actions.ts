"use server";
// Accepting an invitation needs no session: the token in the form is the proof.
import { redirect } from "next/navigation";
import { acceptInvitation } from "@/lib/manage/user-actions";
import { db } from "@/lib/db";
import { handleForm } from "@/lib/manage/form-guard";
import { formLocale, text, type FormState } from "@/lib/manage/form-state";
import { localePath } from "@/lib/i18n/config";

export async function acceptInvitationAction(_state: FormState, formData: FormData) {
  const state = await handleForm(acceptInvitation, db(), text(formData, "token"), formData);
  if (state.status !== "saved") return state;
  redirect(`${localePath(formLocale(formData), "/logga-in")}?inbjudan=accepterad`);
}
