// Administrators invite officers: an account without a password and a one-time link (only the
// token's SHA-256 is stored) that expires, shown, logged and mailed when SMTP is configured. Accepting it sets the password. Administrators also
// assign organisations and deactivate accounts. Every change is an AuditEvent of the "User".
// Field errors are codes of the "validation" messages (lib/validation), like every form's.
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { parseRecordId, recordIdSchema } from "../validation/record-id";
import { recordAudit } from "../audit/record";
import { inTransaction, type DbOrTx } from "../database/transaction";
import {
  FORBIDDEN_STATE,
  NOT_FOUND_STATE,
  UNAUTHENTICATED,
  formLocale,
  formValues,
  positiveInt,
  text,
  type FormState,
  type Notice,
} from "../editing/form-state";
import { env } from "../env";
import type { Locale } from "../i18n/config";
import { invitationMail, invitationPath } from "../mail/invitation-mail";
import { configuredMailer, type Mailer } from "../mail/smtp";
import { hashPassword, passwordSchema } from "./password";
import { normaliseEmail } from "./rate-limit";
import { fieldErrors, fieldErrorsFromZod, fieldMessage } from "../validation/field-errors";
import { absoluteUrl } from "../site-url";
import { actorOf, type SessionUser } from "./session-user";
import { ROLES } from "../database/enums";

const INVITATION_DAYS = 7;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

const inviteSchema = z.object({
  email: z.email({ error: "emailInvalid" }).transform(normaliseEmail),
  name: z.string().trim().min(1, { error: "nameRequired" }).max(200, { error: "nameTooLong" }),
  role: z.enum(ROLES, { error: "roleInvalid" }),
  organisationIds: z.array(z.coerce.number().pipe(recordIdSchema("organisationsRequired"))),
});

const userShape = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  assignments: { select: { organisationId: true } },
} as const;

async function snapshotUser(db: DbOrTx, id: number) {
  const user = await db.user.findUnique({ where: { id }, select: userShape });
  if (!user) return null;
  const { assignments, ...rest } = user;
  return { ...rest, organisationIds: assignments.map((a) => a.organisationId).sort((a, b) => a - b) };
}

function refuse(user: SessionUser | null, formData: FormData): FormState | null {
  if (!user) return UNAUTHENTICATED;
  if (user.role !== "ADMINISTRATOR") return { ...FORBIDDEN_STATE, values: formValues(formData) };
  return null;
}

/** Where an invitation goes besides the administrator's screen: the server log, and mail when SMTP is configured. */
export type InvitationOutlets = { log: (line: string) => void; mailer: Mailer | null };

const serverOutlets = (): InvitationOutlets => ({ log: console.log, mailer: configuredMailer() });

/** A new one-time token for the user; only its hash is stored. */
async function issueInvitation(tx: DbOrTx, userId: number, adminId: number): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.invitation.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      createdById: adminId,
    },
  });
  return token;
}

/**
 * Shows the link to the administrator (absolute when SITE_URL is set), logs it, and mails it
 * when a mailer is configured. The account exists whatever happens to the mail: a failed send
 * is reported next to the link, which the administrator can pass on another way.
 */
async function deliverInvitation(
  invitee: { id: number; email: string; name: string },
  token: string,
  admin: SessionUser,
  locale: Locale,
  { log, mailer }: InvitationOutlets,
): Promise<FormState> {
  const path = invitationPath(locale, token);
  const link = env().SITE_URL ? absoluteUrl(path) : path;
  log(`Invitation for ${invitee.email} (valid ${INVITATION_DAYS} days): ${link}`);
  const notices: Notice[] = [{ key: "invitationLink", values: { link, days: INVITATION_DAYS } }];
  if (mailer) {
    try {
      await mailer(
        invitationMail({
          to: invitee.email,
          name: invitee.name,
          invitedBy: admin.name,
          token,
          days: INVITATION_DAYS,
          locale,
        }),
      );
      notices.push({ key: "invitationMailed", values: { email: invitee.email } });
    } catch (error) {
      log(
        `Invitation mail to ${invitee.email} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      notices.push({ key: "invitationMailFailed", values: { email: invitee.email } });
    }
  }
  return { status: "saved", savedId: invitee.id, notices };
}

/** Creates the account and an invitation, then delivers the link (deliverInvitation). */
export async function inviteUser(
  db: DbOrTx,
  admin: SessionUser | null,
  formData: FormData,
  outlets: InvitationOutlets = serverOutlets(),
): Promise<FormState> {
  const refused = refuse(admin, formData);
  if (refused) return refused;
  const values = formValues(formData);
  const parsed = inviteSchema.safeParse({
    email: text(formData, "email"),
    name: text(formData, "name"),
    role: text(formData, "role") || "OFFICER",
    organisationIds: formData.getAll("organisationIds"),
  });
  if (!parsed.success) {
    return { status: "invalid", fieldErrors: fieldErrorsFromZod(parsed.error), values };
  }
  const input = parsed.data;
  if (input.role === "OFFICER" && input.organisationIds.length === 0)
    return {
      status: "invalid",
      fieldErrors: fieldErrors("organisationIds", fieldMessage("organisationsRequired")),
      values,
    };
  const result = await inTransaction(db, async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } })) return null;
    const organisations = await tx.organisation.findMany({
      where: { id: { in: input.organisationIds } },
      select: { id: true },
    });
    const created = await tx.user.create({
      data: {
        email: input.email,
        name: input.name,
        role: input.role,
        assignments: {
          create: input.role === "OFFICER" ? organisations.map((o) => ({ organisationId: o.id })) : [],
        },
      },
    });
    const token = await issueInvitation(tx, created.id, admin!.id);
    await recordAudit(tx, actorOf(admin!), {
      entityType: "User",
      entityId: created.id,
      action: "CREATE",
      after: await snapshotUser(tx, created.id),
    });
    return { user: created, token };
  });
  if (!result)
    return { status: "invalid", fieldErrors: fieldErrors("email", fieldMessage("emailTaken")), values };
  return deliverInvitation(result.user, result.token, admin!, formLocale(formData), outlets);
}

/**
 * A new link for an active account that has not set its password yet (the first one expired
 * or went astray): earlier links stop working.
 */
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
  const result = await inTransaction(db, async (tx) => {
    const invitee = await tx.user.findFirst({
      where: { id: userId, active: true, passwordHash: null },
      select: { id: true, email: true, name: true },
    });
    if (!invitee) return null;
    const now = new Date();
    await tx.invitation.updateMany({
      where: { userId, acceptedAt: null, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const token = await issueInvitation(tx, userId, admin!.id);
    const snapshot = await snapshotUser(tx, userId);
    await recordAudit(tx, actorOf(admin!), {
      entityType: "User",
      entityId: userId,
      action: "UPDATE",
      before: snapshot,
      after: { ...snapshot, event: "invitation renewed" },
    });
    return { invitee, token };
  });
  if (!result)
    return { status: "invalid", fieldErrors: fieldErrors("form", fieldMessage("invitationNotRenewable")) };
  return deliverInvitation(result.invitee, result.token, admin!, formLocale(formData), outlets);
}

/** The open invitation a token names, or null when unknown, used or expired. */
export async function findOpenInvitation(db: DbOrTx, token: string, now = new Date()) {
  if (!token) return null;
  return db.invitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, expiresAt: { gt: now }, user: { active: true } },
    include: { user: { select: { id: true, email: true, name: true } } },
  });
}

/** Sets the invited user's password; the link then stops working. */
export async function acceptInvitation(db: DbOrTx, token: string, formData: FormData): Promise<FormState> {
  const password = typeof formData.get("password") === "string" ? (formData.get("password") as string) : "";
  const confirmation =
    typeof formData.get("passwordConfirmation") === "string"
      ? (formData.get("passwordConfirmation") as string)
      : "";
  const invitation = await findOpenInvitation(db, token);
  if (!invitation) return NOT_FOUND_STATE;
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success)
    return { status: "invalid", fieldErrors: { password: fieldErrorsFromZod(parsed.error).form ?? [] } };
  if (password !== confirmation)
    return {
      status: "invalid",
      fieldErrors: fieldErrors("passwordConfirmation", fieldMessage("passwordMismatch")),
    };
  const passwordHash = await hashPassword(password);
  return inTransaction(db, async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (count !== 1) return NOT_FOUND_STATE;
    const before = await snapshotUser(tx, invitation.userId);
    // A new password ends every session the account had (none, unless it had a password before).
    await tx.user.update({
      where: { id: invitation.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await recordAudit(
      tx,
      { userId: invitation.userId, label: invitation.user.email },
      {
        entityType: "User",
        entityId: invitation.userId,
        action: "UPDATE",
        before: { ...before, event: "invitation accepted" },
        after: await snapshotUser(tx, invitation.userId),
      },
    );
    return { status: "saved", savedId: invitation.userId } satisfies FormState;
  });
}

/** Deactivates or reactivates an account. An administrator cannot deactivate themselves. */
export async function setUserActive(
  db: DbOrTx,
  admin: SessionUser | null,
  formData: FormData,
): Promise<FormState> {
  const refused = refuse(admin, formData);
  if (refused) return refused;
  const userId = positiveInt(formData, "userId");
  const active = text(formData, "active") === "true";
  if (!userId) return NOT_FOUND_STATE;
  if (userId === admin!.id && !active)
    return { status: "invalid", fieldErrors: fieldErrors("form", fieldMessage("cannotDeactivateSelf")) };
  return inTransaction(db, async (tx) => {
    const before = await snapshotUser(tx, userId);
    if (!before) return NOT_FOUND_STATE;
    // Deactivation ends the account's open sessions at once, not when their tokens expire.
    await tx.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, actorOf(admin!), {
      entityType: "User",
      entityId: userId,
      action: "UPDATE",
      before,
      after: await snapshotUser(tx, userId),
    });
    return { status: "saved", savedId: userId } satisfies FormState;
  });
}

/** Replaces the organisations an officer is assigned to. */
export async function setUserAssignments(
  db: DbOrTx,
  admin: SessionUser | null,
  formData: FormData,
): Promise<FormState> {
  const refused = refuse(admin, formData);
  if (refused) return refused;
  const userId = positiveInt(formData, "userId");
  if (!userId) return NOT_FOUND_STATE;
  const ids = formData
    .getAll("organisationIds")
    .map((v) => (typeof v === "string" ? parseRecordId(v.trim()) : null))
    .filter((n): n is number => n !== null);
  return inTransaction(db, async (tx) => {
    const before = await snapshotUser(tx, userId);
    if (!before) return NOT_FOUND_STATE;
    const organisations = await tx.organisation.findMany({
      where: { id: { in: ids } },
      select: { id: true },
    });
    await tx.officerAssignment.deleteMany({ where: { userId } });
    await tx.officerAssignment.createMany({
      data: organisations.map((o) => ({ userId, organisationId: o.id })),
    });
    await recordAudit(tx, actorOf(admin!), {
      entityType: "User",
      entityId: userId,
      action: "UPDATE",
      before,
      after: await snapshotUser(tx, userId),
    });
    return { status: "saved", savedId: userId } satisfies FormState;
  });
}
