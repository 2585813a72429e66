// The secret that signs session cookies. Production needs AUTH_SECRET; the zero-setup embedded
// database (`npm start` without DATABASE_URL) gets one generated once and kept beside its data.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Reads the secret kept in `dir`, creating it (mode 600) on first use. */
export function localAuthSecret(dir: string): string {
  const file = path.join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
