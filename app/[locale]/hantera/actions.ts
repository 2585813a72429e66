"use server";
// The signed-in area's server actions: each reads the session (lib/auth), hands the form to
// its handler in lib/ through the hostile-input gate (lib/editing/form-guard.ts; the handler
// checks the user's scope inside every write), then on success
// refreshes every page (public pages show the change at once) and redirects.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  acceptInvitation,
  inviteUser,
  renewInvitation,
  setUserActive,
  setUserAssignments,
} from "@/lib/auth/invitations";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Database } from "@/lib/database/client";
import { db } from "@/lib/db";
import { handleForm, handleImportForm } from "@/lib/editing/form-guard";
import { submitParticipationConfirm, submitParticipationDecline } from "@/lib/editing/consent-actions";
import { formLocale, text, type FormState } from "@/lib/editing/form-state";
import {
  submitImportCommit,
  submitImportPreview,
  submitMunicipalityGroupImport,
  type ImportState,
} from "@/lib/editing/import-actions";
import {
  submitCloseRound,
  submitInventoryResponse,
  submitOpenRound,
  submitRoundReminder,
} from "@/lib/editing/inventory-actions";
import {
  submitOrganisationContacts,
  submitOrganisationReview,
  submitOrganisationVersionRestore,
} from "@/lib/editing/organisation-actions";
import {
  submitNewPartnership,
  submitPartnershipConfirm,
  submitPartnershipEnd,
  submitPartnershipRemove,
  submitPartnershipReopen,
  submitPartnershipRestore,
  submitPartnershipUpdate,
  submitPartnershipVersionRestore,
} from "@/lib/editing/partnership-actions";
import {
  submitNewPolicy,
  submitPolicyRemove,
  submitPolicyRestore,
  submitPolicyUpdate,
  submitPolicyVersionRestore,
} from "@/lib/editing/policy-actions";
import { localePath } from "@/lib/i18n/config";

type Handler = (db: Database, user: SessionUser | null, formData: FormData) => Promise<FormState>;

/** Where to go after a save, from the form's own locale and organisation slug (checked, path only). */
function managePath(formData: FormData, rest: string) {
  const slug = text(formData, "slug");
  const safeSlug = /^[a-z0-9-]+$/.test(slug) ? slug : "";
  return localePath(formLocale(formData), `/hantera${safeSlug ? `/${safeSlug}` : ""}${rest}`);
}

async function run(
  handler: Handler,
  formData: FormData,
  onSaved: (state: FormState) => string | null,
): Promise<FormState> {
  const state = await handleForm(handler, db(), await getCurrentUser(), formData);
  if (state.status !== "saved") return state;
  revalidatePath("/", "layout");
  const to = onSaved(state);
  if (to) redirect(to);
  return state;
}

const toPartnership = (saved: string) => (formData: FormData) => (state: FormState) =>
  managePath(formData, `/samarbeten/${state.savedId}?sparat=${saved}`);

const partnershipAction =
  (handler: Handler, saved: string) => async (_state: FormState, formData: FormData) =>
    run(handler, formData, toPartnership(saved)(formData));

export async function createPartnershipAction(state: FormState, formData: FormData) {
  return partnershipAction(submitNewPartnership, "created")(state, formData);
}
export async function updatePartnershipAction(state: FormState, formData: FormData) {
  return partnershipAction(submitPartnershipUpdate, "updated")(state, formData);
}
export async function endPartnershipAction(state: FormState, formData: FormData) {
  return partnershipAction(submitPartnershipEnd, "ended")(state, formData);
}
export async function reopenPartnershipAction(state: FormState, formData: FormData) {
  return partnershipAction(submitPartnershipReopen, "reopened")(state, formData);
}
export async function confirmPartnershipAction(state: FormState, formData: FormData) {
  return partnershipAction(submitPartnershipConfirm, "confirmed")(state, formData);
}
export async function removePartnershipAction(state: FormState, formData: FormData) {
  return partnershipAction(submitPartnershipRemove, "removed")(state, formData);
}
export async function restorePartnershipAction(state: FormState, formData: FormData) {
  return partnershipAction(submitPartnershipRestore, "restored")(state, formData);
}
export async function restorePartnershipVersionAction(state: FormState, formData: FormData) {
  return partnershipAction(submitPartnershipVersionRestore, "version")(state, formData);
}

// Answers to a request to join a partnership: back to the page the form was on (/hantera or an organisation's).
export async function confirmParticipationAction(_state: FormState, formData: FormData) {
  return run(submitParticipationConfirm, formData, () =>
    managePath(formData, "?sparat=participationConfirmed"),
  );
}
export async function declineParticipationAction(_state: FormState, formData: FormData) {
  return run(submitParticipationDecline, formData, () =>
    managePath(formData, "?sparat=participationDeclined"),
  );
}

export async function organisationContactsAction(_state: FormState, formData: FormData) {
  return run(submitOrganisationContacts, formData, () => managePath(formData, "?sparat=contacts"));
}
export async function organisationVersionRestoreAction(_state: FormState, formData: FormData) {
  return run(submitOrganisationVersionRestore, formData, () => managePath(formData, "?sparat=version"));
}
export async function organisationReviewAction(_state: FormState, formData: FormData) {
  return run(submitOrganisationReview, formData, () => managePath(formData, "?sparat=reviewed"));
}

const policyAction = (handler: Handler, saved: string) => async (_state: FormState, formData: FormData) =>
  run(handler, formData, (state) => managePath(formData, `/policy/${state.savedId}?sparat=${saved}`));

export async function createPolicyAction(state: FormState, formData: FormData) {
  return policyAction(submitNewPolicy, "policy")(state, formData);
}
export async function updatePolicyAction(state: FormState, formData: FormData) {
  return policyAction(submitPolicyUpdate, "policy")(state, formData);
}
export async function removePolicyAction(state: FormState, formData: FormData) {
  return policyAction(submitPolicyRemove, "policyRemoved")(state, formData);
}
export async function restorePolicyAction(state: FormState, formData: FormData) {
  return policyAction(submitPolicyRestore, "policyRestored")(state, formData);
}
export async function restorePolicyVersionAction(state: FormState, formData: FormData) {
  return policyAction(submitPolicyVersionRestore, "version")(state, formData);
}

/** Stays on the page: the invitation link is shown once, in the form's answer. */
export async function inviteUserAction(_state: FormState, formData: FormData) {
  return run(inviteUser, formData, () => null);
}
export async function renewInvitationAction(_state: FormState, formData: FormData) {
  return run(renewInvitation, formData, () => null);
}
export async function setUserActiveAction(_state: FormState, formData: FormData) {
  return run(setUserActive, formData, () => managePath(formData, "/anvandare?sparat=user"));
}
export async function setUserAssignmentsAction(_state: FormState, formData: FormData) {
  return run(setUserAssignments, formData, () => managePath(formData, "/anvandare?sparat=user"));
}

/** Accepting needs no session: the token in the form is the proof. */
export async function acceptInvitationAction(_state: FormState, formData: FormData) {
  const state = await handleForm(acceptInvitation, db(), text(formData, "token"), formData);
  if (state.status !== "saved") return state;
  redirect(`${localePath(formLocale(formData), "/logga-in")}?inbjudan=accepterad`);
}

// Import (lib/editing/import-actions.ts): the page shows the answer (preview, result) in place.
export async function previewImportAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  return handleImportForm(submitImportPreview, db(), await getCurrentUser(), formData);
}
export async function commitImportAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  const state = await handleImportForm(submitImportCommit, db(), await getCurrentUser(), formData);
  if (state.status === "committed") revalidatePath("/", "layout");
  return state;
}
export async function importMunicipalityGroupsAction(
  _state: ImportState,
  formData: FormData,
): Promise<ImportState> {
  const state = await handleImportForm(submitMunicipalityGroupImport, db(), await getCurrentUser(), formData);
  if (state.status === "committed") revalidatePath("/", "layout");
  return state;
}

// Inventory rounds (lib/editing/inventory-actions.ts).
const inventoryPath = (formData: FormData, saved: string) =>
  managePath(formData, `/inventering?sparat=${saved}`);
export async function openRoundAction(_state: FormState, formData: FormData) {
  return run(submitOpenRound, formData, () => inventoryPath(formData, "roundOpened"));
}
/** Stays on the page: the answer says whom the reminder was mailed to. */
export async function roundReminderAction(_state: FormState, formData: FormData) {
  return run(submitRoundReminder, formData, () => null);
}
export async function closeRoundAction(_state: FormState, formData: FormData) {
  return run(submitCloseRound, formData, () => inventoryPath(formData, "roundClosed"));
}
export async function inventoryResponseAction(_state: FormState, formData: FormData) {
  return run(submitInventoryResponse, formData, () =>
    managePath(formData, "/inventering?sparat=roundAnswered"),
  );
}
