// User management: administrators invite officers and administrators (an account without a
// password, and an invitation link, lib/auth/invitations.ts), renew a lost link, assign
// organisations and deactivate accounts. Every change is an AuditEvent of the "User".
// Field errors are codes of the "validation" messages (lib/validation), like every form's.
import { z } from "zod";
import { recordAudit } from "../audit/record";
import { issueInvitation } from "../auth/invitations";
import { normaliseEmail } from "../auth/rate-limit";
import { actorOf, type SessionUser } from "../auth/session-user";
import { ROLES } from "../database/enums";
import { inTransaction, type DbOrTx } from "../database/transaction";
import type { EditFailure } from "../validation/edit-failure";
import {
  fieldErrors,
  fieldErrorsFromZod,
  fieldMessage,
  type ValidationCode,
} from "../validation/field-errors";
import { recordIdSchema } from "../validation/record-id";
import { snapshotUser } from "./snapshot";

type AccountResult<Saved> = ({ ok: true } & Saved) | EditFailure<never>;

/** Who is invited: the account's email, name, role and (an officer's) organisations. */
export type InviteInput = { email: string; name: string; role: string; organisationIds: unknown[] };

/** An invited user and the invitation's one-time token, to be delivered (invitation-delivery.ts). */
export type Invited = { invitee: { id: number; email: string; name: string }; token: string };

const inviteSchema = z.object({
  email: z.email({ error: "emailInvalid" }).transform(normaliseEmail),
  name: z.string().trim().min(1, { error: "nameRequired" }).max(200, { error: "nameTooLong" }),
  role: z.enum(ROLES, { error: "roleInvalid" }),
  organisationIds: z.array(z.coerce.number().pipe(recordIdSchema("organisationsRequired"))),
});

const invalid = (field: string, code: ValidationCode) =>
  ({ ok: false, kind: "invalid", fieldErrors: fieldErrors(field, fieldMessage(code)) }) as const;

/** Creates the account (an officer with their organisations) and an invitation for it. */
export async function createInvitedUser(
  db: DbOrTx,
  admin: SessionUser,
  raw: InviteInput,
): Promise<AccountResult<Invited>> {
  const parsed = inviteSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: fieldErrorsFromZod(parsed.error) };
  const input = parsed.data;
  if (input.role === "OFFICER" && input.organisationIds.length === 0)
    return invalid("organisationIds", "organisationsRequired");
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
    const token = await issueInvitation(tx, created.id, admin.id);
    await recordAudit(tx, actorOf(admin), {
      entityType: "User",
      entityId: created.id,
      action: "CREATE",
      after: await snapshotUser(tx, created.id),
    });
    return { invitee: created, token };
  });
  return result ? { ok: true, ...result } : invalid("email", "emailTaken");
}

/**
 * A new link for an active account that has not set its password yet (the first one expired
 * or went astray): earlier links stop working.
 */
export async function renewUserInvitation(
  db: DbOrTx,
  admin: SessionUser,
  userId: number,
): Promise<AccountResult<Invited>> {
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
    const token = await issueInvitation(tx, userId, admin.id);
    const snapshot = await snapshotUser(tx, userId);
    await recordAudit(tx, actorOf(admin), {
      entityType: "User",
      entityId: userId,
      action: "UPDATE",
      before: snapshot,
      after: { ...snapshot, event: "invitation renewed" },
    });
    return { invitee, token };
  });
  return result ? { ok: true, ...result } : invalid("form", "invitationNotRenewable");
}

/** Records a change to the account (before, and after as it is now) and answers it saved. */
async function auditUpdate(tx: DbOrTx, admin: SessionUser, userId: number, before: unknown) {
  await recordAudit(tx, actorOf(admin), {
    entityType: "User",
    entityId: userId,
    action: "UPDATE",
    before,
    after: await snapshotUser(tx, userId),
  });
  return { ok: true, userId } as const;
}

/** Deactivates or reactivates an account. An administrator cannot deactivate themselves. */
export async function changeUserActive(
  db: DbOrTx,
  admin: SessionUser,
  userId: number,
  active: boolean,
): Promise<AccountResult<{ userId: number }>> {
  if (userId === admin.id && !active) return invalid("form", "cannotDeactivateSelf");
  return inTransaction(db, async (tx) => {
    const before = await snapshotUser(tx, userId);
    if (!before) return { ok: false, kind: "not_found" } as const;
    // Deactivation ends the account's open sessions at once, not when their tokens expire.
    await tx.user.update({ where: { id: userId }, data: { active, sessionVersion: { increment: 1 } } });
    return auditUpdate(tx, admin, userId, before);
  });
}

/** Replaces the organisations an officer is assigned to (ids of no organisation are dropped). */
export async function replaceUserAssignments(
  db: DbOrTx,
  admin: SessionUser,
  userId: number,
  organisationIds: number[],
): Promise<AccountResult<{ userId: number }>> {
  return inTransaction(db, async (tx) => {
    const before = await snapshotUser(tx, userId);
    if (!before) return { ok: false, kind: "not_found" } as const;
    const organisations = await tx.organisation.findMany({
      where: { id: { in: organisationIds } },
      select: { id: true },
    });
    await tx.officerAssignment.deleteMany({ where: { userId } });
    await tx.officerAssignment.createMany({
      data: organisations.map((o) => ({ userId, organisationId: o.id })),
    });
    return auditUpdate(tx, admin, userId, before);
  });
}
