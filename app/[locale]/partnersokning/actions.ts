"use server";
// The partner-search board's server actions: each reads the session, passes the form through
// the hostile-input gate (lib/manage/form-guard.ts), hands it to its handler in
// lib/partner-search (which checks the user's right inside every write), then refreshes the
// pages and goes on to the request's page.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { clientAddress } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { handleForm, refusedForm } from "@/lib/manage/form-guard";
import { formLocale, type FormState } from "@/lib/manage/form-state";
import { localePath } from "@/lib/i18n/config";
import { configuredMailer } from "@/lib/mail/smtp";
import { confirmAbroadRequest } from "@/lib/partner-search/edit";
import {
  interestHandler,
  submitAbroadForm,
  submitClose,
  submitMemberRequest,
  submitMemberRequestUpdate,
  submitModeration,
  submitRenewal,
} from "@/lib/partner-search/form-handlers";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Database } from "@/lib/database/client";

type Handler = (db: Database, user: SessionUser | null, formData: FormData) => Promise<FormState>;

async function run(handler: Handler, formData: FormData, saved: string): Promise<FormState> {
  const state = await handleForm(handler, db(), await getCurrentUser(), formData);
  if (state.status !== "saved") return state;
  revalidatePath("/", "layout");
  redirect(localePath(formLocale(formData), `/partnersokning/${state.savedId}?sparat=${saved}`));
}

export async function createMemberRequestAction(_state: FormState, formData: FormData) {
  return run(submitMemberRequest, formData, "created");
}
export async function updateMemberRequestAction(_state: FormState, formData: FormData) {
  return run(submitMemberRequestUpdate, formData, "updated");
}
export async function renewRequestAction(_state: FormState, formData: FormData) {
  return run(submitRenewal, formData, "renewed");
}
export async function closeRequestAction(_state: FormState, formData: FormData) {
  return run(submitClose, formData, "closed");
}
export async function moderateRequestAction(_state: FormState, formData: FormData) {
  return run(submitModeration, formData, "moderated");
}
const interest = interestHandler(configuredMailer);
export async function interestAction(_state: FormState, formData: FormData) {
  return run(interest, formData, "interest");
}

/** The public form of a town abroad: no session; the client address feeds the rate limit. */
export async function submitAbroadRequestAction(_state: FormState, formData: FormData): Promise<FormState> {
  const refused = refusedForm(formData);
  if (refused) return refused;
  const mailer = configuredMailer();
  const state = await submitAbroadForm(db(), formData, clientAddress(await headers()), mailer);
  if (state.status !== "saved") return state;
  redirect(
    localePath(formLocale(formData), `/partnersokning/ny?skickad=${mailer ? "bekrafta" : "granskas"}`),
  );
}

/** The sender's click on the confirmation page (a POST: mail scanners that follow links confirm nothing). */
export async function confirmAbroadRequestAction(_state: FormState, formData: FormData): Promise<FormState> {
  const token = formData.get("token");
  const result = await confirmAbroadRequest(db(), typeof token === "string" ? token : "");
  if (!result.ok) return { status: "invalid", fieldErrors: { form: [{ code: "seekLinkInvalid" }] } };
  redirect(localePath(formLocale(formData), "/partnersokning/ny?skickad=granskas"));
}
