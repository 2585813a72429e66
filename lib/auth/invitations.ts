// Invitation links: a one-time token (only its SHA-256 is stored) that expires after
// INVITATION_DAYS and lets the invited user set a password. Who is invited, and by whom, is user
// management (lib/users/accounts.ts); the forms are lib/manage/user-actions.ts.
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "../audit/record";
import { inTransaction, type DbOrTx } from "../database/transaction";
import { snapshotUser } from "../users/snapshot";
import type { EditFailure } from "../validation/edit-failure";
import { fieldErrors, fieldErrorsFromZod, fieldMessage } from "../validation/field-errors";
import { hashPassword, passwordSchema } from "./password";

export const INVITATION_DAYS = 7;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new one-time token for the user; only its hash is stored. */
export async function issueInvitation(tx: DbOrTx, userId: number, adminId: number): Promise<string> {
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

/** The open invitation a token names, or null when unknown, used or expired. */
export async function findOpenInvitation(db: DbOrTx, token: string, now = new Date()) {
  if (!token) return null;
  return db.invitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, expiresAt: { gt: now }, user: { active: true } },
    include: { user: { select: { id: true, email: true, name: true } } },
  });
}

/** Sets the invited user's password; the link then stops working. */
export async function acceptInvitation(
  db: DbOrTx,
  token: string,
  { password, confirmation }: { password: string; confirmation: string },
): Promise<{ ok: true; userId: number } | EditFailure<never>> {
  const invitation = await findOpenInvitation(db, token);
  if (!invitation) return { ok: false, kind: "not_found" };
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success)
    return {
      ok: false,
      kind: "invalid",
      fieldErrors: { password: fieldErrorsFromZod(parsed.error).form ?? [] },
    };
  if (password !== confirmation)
    return {
      ok: false,
      kind: "invalid",
      fieldErrors: fieldErrors("passwordConfirmation", fieldMessage("passwordMismatch")),
    };
  const passwordHash = await hashPassword(password);
  return inTransaction(db, async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: new Date() },
    });
    if (count !== 1) return { ok: false, kind: "not_found" } as const;
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
    return { ok: true, userId: invitation.userId } as const;
  });
}
