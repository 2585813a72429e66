// The signed-in user as every server action and page sees it, loaded fresh from the database
// on each request, so a deactivation or a changed assignment takes effect at once.
import type { Actor } from "../audit/record";
import type { DbOrTx } from "../database/transaction";
import type { Prisma, Role } from "../generated/prisma/client";

/** What leaves the auth layer: never the password hash. */
export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** The organisations an officer is assigned to (empty for administrators: they have all). */
  organisationIds: number[];
};

/** An active user by id, shaped for the session, or null. */
export function loadSessionUser(db: DbOrTx, userId: number): Promise<SessionUser | null> {
  return findSessionUser(db, { id: userId, active: true });
}

/**
 * What a session token claims: the user's id and the user's session version when it was
 * issued. Sign-out, deactivation and a new password raise the version (endSessions), so every
 * token issued before stops yielding a user on its next request, though it has not expired.
 */
export type SessionClaims = { userId: number; sessionVersion: number };

/** The user a session token stands for, or null when the account is deactivated or the session ended. */
export function userForSession(db: DbOrTx, claims: SessionClaims): Promise<SessionUser | null> {
  return findSessionUser(db, { id: claims.userId, active: true, sessionVersion: claims.sessionVersion });
}

/** The version a token issued now carries (null: no such account). */
export async function currentSessionVersion(db: DbOrTx, userId: number): Promise<number | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}

/**
 * Ends every session of the user, on every device. With `onlyFrom`, only when the user's
 * version still is that one: signing out with an already ended token ends nothing newer.
 */
export async function endSessions(db: DbOrTx, userId: number, onlyFrom?: number) {
  await db.user.updateMany({
    where: { id: userId, ...(onlyFrom === undefined ? {} : { sessionVersion: onlyFrom }) },
    data: { sessionVersion: { increment: 1 } },
  });
}

async function findSessionUser(db: DbOrTx, where: Prisma.UserWhereInput): Promise<SessionUser | null> {
  const user = await db.user.findFirst({
    where,
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      assignments: { select: { organisationId: true } },
    },
  });
  if (!user) return null;
  const { assignments, ...rest } = user;
  return { ...rest, organisationIds: assignments.map((a) => a.organisationId).sort((a, b) => a - b) };
}

/** The audit log's actor for a user. */
export const actorOf = (user: SessionUser): Actor => ({ userId: user.id, label: user.email });
