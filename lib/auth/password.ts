// Passwords: argon2id (the library's defaults: OWASP's minimum of 19 MiB, 2 passes) and one
// policy, shared by invitations and the seed.
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 200;

/** The password policy: long enough to resist guessing, no composition rules (NIST SP 800-63B). */
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: "passwordTooShort" })
  .max(MAX_PASSWORD_LENGTH, { error: "passwordTooLong" });

export const hashPassword = (password: string) => hash(password);

/** A verification that never throws: a malformed stored hash simply does not match. */
export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the account does not exist takes as long as a wrong
// password, so timing does not tell whether an address has an account.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hash("not a password of anyone's");
  await verifyPassword(await dummyHash, password);
  return false;
}
