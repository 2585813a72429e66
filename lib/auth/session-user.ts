// The signed-in user as every server action and page sees it, loaded fresh from the database
// on each request, so a deactivation or a changed assignment takes effect at once.
import type { Actor } from "../audit/record";
import type { DbOrTx } from "../database/transaction";
import type { Role } from "../generated/prisma/client";
import type { Scope } from "../partnerships/edit-result";

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
export async function loadSessionUser(db: DbOrTx, userId: number): Promise<SessionUser | null> {
  const user = await db.user.findFirst({
    where: { id: userId, active: true },
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

/** The partnerships and organisations a user may change, for lib/partnerships' writes. */
export function editScope(user: SessionUser): Scope {
  return user.role === "ADMINISTRATOR" ? "all" : { organisationIds: user.organisationIds };
}

/** Whether the user may edit this organisation. */
export function canEditOrganisation(user: SessionUser, organisationId: number) {
  return user.role === "ADMINISTRATOR" || user.organisationIds.includes(organisationId);
}

/** The audit log's actor for a user. */
export const actorOf = (user: SessionUser): Actor => ({ userId: user.id, label: user.email });
