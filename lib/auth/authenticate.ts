// Checking an e-mail address and password, rate-limited. The answer never says which of the
// two was wrong, nor whether the account exists or is deactivated.
import type { DbOrTx } from "../database/transaction";
import { verifyAgainstNothing, verifyPassword } from "./password";
import { loginAllowed, normaliseEmail, recordLoginAttempt } from "./rate-limit";

export type AuthenticationResult =
  { ok: true; userId: number } | { ok: false; reason: "invalid" | "rate_limited" };

export async function authenticateWithPassword(
  db: DbOrTx,
  credentials: { email: string; password: string; address: string },
): Promise<AuthenticationResult> {
  const email = normaliseEmail(credentials.email);
  if (!(await loginAllowed(db, email, credentials.address))) return { ok: false, reason: "rate_limited" };
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true },
  });
  const matches =
    user?.passwordHash && user.active
      ? await verifyPassword(user.passwordHash, credentials.password)
      : await verifyAgainstNothing(credentials.password);
  await recordLoginAttempt(db, email, credentials.address, matches);
  return matches && user ? { ok: true, userId: user.id } : { ok: false, reason: "invalid" };
}
