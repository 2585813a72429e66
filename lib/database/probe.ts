import pg from "pg";
import type { DatabaseProbe } from "./availability";

/**
 * A `SELECT 1` on a connection of its own, bounded in time, for the availability check. Its
 * own one-connection pool, so that a busy application pool never makes a healthy database
 * look unavailable, and an unreachable one answers within two seconds.
 */
export function createDatabaseProbe(connectionString: string): DatabaseProbe {
  const pool = new pg.Pool({
    connectionString,
    max: 1,
    connectionTimeoutMillis: 2_000,
    query_timeout: 2_000,
    idleTimeoutMillis: 30_000,
    application_name: "vanortsregistret-probe",
  });
  // An idle connection dropped by a stopping server emits here; the next check reports it.
  pool.on("error", () => {});
  return async () => {
    await pool.query("SELECT 1");
  };
}
