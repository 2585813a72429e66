// A user as the audit log records it: before and after each change to the account.
import type { DbOrTx } from "../database/transaction";

const userShape = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  assignments: { select: { organisationId: true } },
} as const;

export async function snapshotUser(db: DbOrTx, id: number) {
  const user = await db.user.findUnique({ where: { id }, select: userShape });
  if (!user) return null;
  const { assignments, ...rest } = user;
  return { ...rest, organisationIds: assignments.map((a) => a.organisationId).sort((a, b) => a - b) };
}
