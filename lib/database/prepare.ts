import { env } from "../env";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded";
import { applyMigrations } from "./migrate";
import { seedIfEmpty } from "../../prisma/seed";

export type PreparedDatabase = { url: string; embedded?: EmbeddedDatabase };

/**
 * Gives the app a ready database: the server at DATABASE_URL, or else an embedded PostgreSQL
 * in EMBEDDED_POSTGRES_DIR; then applies migrations and seeds it if it is empty.
 */
export async function prepareDatabase(
  log: (message: string) => void = console.log,
): Promise<PreparedDatabase> {
  const config = env();
  let embedded: EmbeddedDatabase | undefined;
  let url = config.DATABASE_URL;
  if (!url) {
    log(
      `Starting embedded PostgreSQL on port ${config.EMBEDDED_POSTGRES_PORT} (data in ${config.EMBEDDED_POSTGRES_DIR})`,
    );
    embedded = await startEmbeddedPostgres({
      dir: config.EMBEDDED_POSTGRES_DIR,
      port: config.EMBEDDED_POSTGRES_PORT,
    });
    url = embedded.url;
  }
  try {
    log("Applying migrations");
    await applyMigrations(url);
    await seedIfEmpty(url, log);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { url, embedded };
}
