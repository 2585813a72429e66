// Creates a new migration from the schema (`npm run db:migrate:create -- <name>`) against a
// throw-away embedded PostgreSQL, so developers need no database server. Review the SQL
// it writes under prisma/migrations/ before committing it.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import getPort from "get-port";
import { startEmbeddedPostgres } from "../lib/database/embedded";

const name = process.argv[2];
if (!name) {
  console.error("Usage: npm run db:migrate:create -- <migration_name>");
  process.exit(2);
}

const dir = mkdtempSync(path.join(os.tmpdir(), "vr-migrate-"));
chmodSync(dir, 0o755); // the postgres user that runs initdb under root must reach it
const database = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), port: await getPort() });
try {
  const result = spawnSync(
    process.execPath,
    [
      "node_modules/prisma/build/index.js",
      "migrate",
      "dev",
      "--create-only",
      "--skip-generate",
      "--name",
      name,
    ],
    { stdio: "inherit", env: { ...process.env, DATABASE_URL: database.url } },
  );
  process.exitCode = result.status ?? 1;
} finally {
  await database.stop();
  rmSync(dir, { recursive: true, force: true });
}
