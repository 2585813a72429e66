// The user-management forms' handlers (app/[locale]/hantera/anvandare/actions.ts) and the
// invitation page's (app/[locale]/inbjudan/[token]/actions.ts): FormData to lib/users and
// lib/auth/invitations.ts, and their answers back to the form's state.
import { acceptInvitation as acceptWithPassword } from "../auth/invitations";
import type { SessionUser } from "../auth/session-user";
import type { DbOrTx } from "../database/transaction";
import {
  changeUserActive,
  createInvitedUser,
  renewUserInvitation,
  replaceUserAssignments,
  type Invited,
} from "../users/accounts";
import { deliverInvitation, serverOutlets, type InvitationOutlets } from "../users/invitation-delivery";
import type { EditFailure } from "../validation/edit-failure";
import { parseRecordId } from "../validation/record-id";
import {
  FORBIDDEN_STATE,
  NOT_FOUND_STATE,
  UNAUTHENTICATED,
  formLocale,
  formValues,
  positiveInt,
  refusedFormState,
  text,
  type FormState,
  type Notice,
} from "./form-state";

/** Only administrators manage users; the answer keeps what was typed. */
function refuse(user: SessionUser | null, formData: FormData): FormState | null {
  if (!user) return UNAUTHENTICATED;
  if (user.role !== "ADMINISTRATOR") return { ...FORBIDDEN_STATE, values: formValues(formData) };
  return null;
}

/** Delivers the link and says on the form where it went (shown once: the link is not stored). */
async function invitationState(
  invited: Invited,
  admin: SessionUser,
  formData: FormData,
  outlets: InvitationOutlets,
): Promise<FormState> {
  const { link, days, mail } = await deliverInvitation(invited, admin, formLocale(formData), outlets);
  const email = invited.invitee.email;
  const notices: Notice[] = [{ key: "invitationLink", values: { link, days } }];
  if (mail === "sent") notices.push({ key: "invitationMailed", values: { email } });
  if (mail === "failed") notices.push({ key: "invitationMailFailed", values: { email } });
  return { status: "saved", savedId: invited.invitee.id, notices };
}

/** Creates the account and an invitation, then delivers the link. */
export async function inviteUser(
  db: DbOrTx,
  admin: SessionUser | null,
  formData: FormData,
  outlets: InvitationOutlets = serverOutlets(),
): Promise<FormState> {
  const refused = refuse(admin, formData);
  if (refused) return refused;
  const result = await createInvitedUser(db, admin!, {
    email: text(formData, "email"),
    name: text(formData, "name"),
    role: text(formData, "role") || "OFFICER",
    organisationIds: formData.getAll("organisationIds"),
  });
  if (!result.ok) return refusedFormState(result, formData);
  return invitationState(result, admin!, formData, outlets);
}

/** A new link for an account that has not set its password yet. */
export async function renewInvitation(
  db: DbOrTx,
  admin: SessionUser | null,
  formData: FormData,
  outlets: InvitationOutlets = serverOutlets(),
): Promise<FormState> {
  const refused = refuse(admin, formData);
  if (refused) return refused;
  const userId = positiveInt(formData, "userId");
  if (!userId) return NOT_FOUND_STATE;
  const result = await renewUserInvitation(db, admin!, userId);
  if (!result.ok) return refusedFormState(result, formData);
  return invitationState(result, admin!, formData, outlets);
}

/** Sets the invited user's password. The answer never carries the passwords back. */
export async function acceptInvitation(db: DbOrTx, token: string, formData: FormData): Promise<FormState> {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const result = await acceptWithPassword(db, token, {
    password: field("password"),
    confirmation: field("passwordConfirmation"),
  });
  if (result.ok) return { status: "saved", savedId: result.userId };
  return result.kind === "invalid" ? { status: "invalid", fieldErrors: result.fieldErrors } : NOT_FOUND_STATE;
}

/** A change to the account the form's userId names, by an administrator. */
const onAccount =
  (
    change: (
      db: DbOrTx,
      admin: SessionUser,
      userId: number,
      formData: FormData,
    ) => Promise<{ ok: true; userId: number } | EditFailure<never>>,
  ) =>
  async (db: DbOrTx, admin: SessionUser | null, formData: FormData): Promise<FormState> => {
    const refused = refuse(admin, formData);
    if (refused) return refused;
    const userId = positiveInt(formData, "userId");
    if (!userId) return NOT_FOUND_STATE;
    const result = await change(db, admin!, userId, formData);
    return result.ok ? { status: "saved", savedId: result.userId } : refusedFormState(result, formData);
  };

/** Deactivates or reactivates an account. */
export const setUserActive = onAccount((db, admin, userId, formData) =>
  changeUserActive(db, admin, userId, text(formData, "active") === "true"),
);

/** Replaces the organisations an officer is assigned to. */
export const setUserAssignments = onAccount((db, admin, userId, formData) => {
  const ids = formData
    .getAll("organisationIds")
    .map((v) => (typeof v === "string" ? parseRecordId(v.trim()) : null))
    .filter((n): n is number => n !== null);
  return replaceUserAssignments(db, admin, userId, ids);
});
