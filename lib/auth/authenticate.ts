// Checking an e-mail address and password, rate-limited (lib/auth/rate-limit.ts). The answer
// never says which of the two was wrong, nor whether the account exists or is deactivated:
// an unknown or deactivated account costs the same argon2 verification as a wrong password.
import type { DbOrTx } from "../database/transaction";
import { verifyAgainstNothing, verifyPassword } from "./password";
import { markLoginSucceeded, normaliseEmail, reserveLoginAttempt } from "./rate-limit";

export type AuthenticationResult =
  { ok: true; userId: number } | { ok: false; reason: "invalid" | "rate_limited" };

/** The password checks; tests pass their own to count how many guesses reached them. */
export type PasswordVerifier = {
  /** Against the account's stored hash. */
  verify(passwordHash: string, password: string): Promise<boolean>;
  /** For an unknown or deactivated account: as slow as `verify`, always false. */
  verifyNothing(password: string): Promise<false>;
};

export const argon2Verifier: PasswordVerifier = {
  verify: verifyPassword,
  verifyNothing: verifyAgainstNothing,
};

export async function authenticateWithPassword(
  db: DbOrTx,
  credentials: { email: string; password: string; address: string },
  verifier: PasswordVerifier = argon2Verifier,
): Promise<AuthenticationResult> {
  const email = normaliseEmail(credentials.email);
  // Reserved before the password is looked at, so simultaneous guesses cannot all slip past the count.
  const attempt = await reserveLoginAttempt(db, email, credentials.address);
  if (attempt === null) return { ok: false, reason: "rate_limited" };
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, active: true },
  });
  const matches =
    user?.passwordHash && user.active
      ? await verifier.verify(user.passwordHash, credentials.password)
      : await verifier.verifyNothing(credentials.password);
  if (!matches || !user) return { ok: false, reason: "invalid" };
  await markLoginSucceeded(db, attempt);
  return { ok: true, userId: user.id };
}
