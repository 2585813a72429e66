import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import getPort from "get-port";
import { startEmbeddedPostgres } from "../../lib/database/embedded";
import { applyMigrations } from "../../lib/database/migrate";
import { seedIfEmpty } from "../../prisma/seed";

/**
 * A brand-new embedded PostgreSQL in a temporary folder of the project, migrated from empty
 * and seeded: what every test run starts from. `remove()` stops it and deletes its files.
 */
export async function startFreshDatabase(label: string) {
  const parent = path.join(process.cwd(), ".data", "test");
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(path.join(parent, `${label}-`));
  chmodSync(dir, 0o755); // under root, initdb runs as a `postgres` user that must reach it
  const database = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), port: await getPort() });
  await applyMigrations(database.url);
  await seedIfEmpty(database.url, () => {});
  return {
    url: database.url,
    async remove() {
      await database.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
