import pg from "pg";
import { env } from "../env";
import { embeddedDatabaseUrl, startEmbeddedPostgres } from "./embedded";

export type OpenedDatabase = { url: string; started: boolean; stop: () => Promise<void> };

/**
 * The app's database for a command-line tool (backup, restore): the server at DATABASE_URL;
 * else the embedded PostgreSQL, used as it is when it already runs (the app is up), started
 * for the tool and stopped afterwards when it does not. Unlike prepareDatabase it neither
 * migrates nor seeds.
 */
export async function openDatabase(log: (message: string) => void): Promise<OpenedDatabase> {
  const config = env();
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, started: false, stop: async () => {} };
  const url = embeddedDatabaseUrl(config.EMBEDDED_POSTGRES_PORT);
  if (await answers(url)) return { url, started: false, stop: async () => {} };
  log(
    `Starting embedded PostgreSQL on port ${config.EMBEDDED_POSTGRES_PORT} (data in ${config.EMBEDDED_POSTGRES_DIR})`,
  );
  const embedded = await startEmbeddedPostgres({
    dir: config.EMBEDDED_POSTGRES_DIR,
    port: config.EMBEDDED_POSTGRES_PORT,
  });
  return { url: embedded.url, started: true, stop: embedded.stop };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
