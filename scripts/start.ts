// `npm start`: a ready database (embedded PostgreSQL unless DATABASE_URL is set; migrated;
// seeded when empty), a production build when the sources changed since the last one, then
// scripts/serve.ts (Next's handler) on PORT. `npm run dev` does the same with `next dev` and no build.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { localAuthSecret } from "../lib/auth/secret";
import { prepareDatabase } from "../lib/database/prepare";
import { env } from "../lib/env";
import { buildIsStale, NEXT_CLI } from "./next-build";

const dev = process.argv.includes("--dev");
const { PORT, AUTH_SECRET, DATABASE_URL, EMBEDDED_POSTGRES_DIR } = env();
// Session cookies are signed with AUTH_SECRET; the embedded setup keeps a generated one beside its data.
const authSecret =
  AUTH_SECRET ?? (DATABASE_URL ? undefined : localAuthSecret(path.dirname(EMBEDDED_POSTGRES_DIR)));
if (!authSecret) {
  console.error(
    "AUTH_SECRET is not set: with DATABASE_URL, set AUTH_SECRET to a random string of at least 32 characters (openssl rand -base64 32).",
  );
  process.exit(1);
}
const database = await prepareDatabase();
// No telemetry: a public-sector registry does not report its builds to third parties.
const childEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  PORT: String(PORT),
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: authSecret,
};

if (!dev && buildIsStale(env().NEXT_DIST_DIR)) {
  console.log("Building the app (next build)");
  const build = spawnSync(process.execPath, [NEXT_CLI, "build"], { stdio: "inherit", env: childEnv });
  if (build.status !== 0) {
    await database.embedded?.stop();
    process.exit(build.status ?? 1);
  }
}

// Production runs scripts/serve.ts (Next behind a server that decides the client's address for
// the sign-in limits) instead of `next start`. `next dev` still believes a client's X-Forwarded-For.
const server = spawn(
  process.execPath,
  dev ? [NEXT_CLI, "dev", "--port", String(PORT)] : ["--import", "tsx", path.join("scripts", "serve.ts")],
  { stdio: "inherit", env: childEnv },
);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await database.embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.on("exit", (code) => void stop(code ?? 0));
