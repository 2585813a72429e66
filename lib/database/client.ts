import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";
import { reportDatabaseError } from "./availability";

// The pg pool under each client, for the few reads that stream rows past Prisma (a cursor). On
// globalThis: Next bundles route handlers, pages and instrumentation separately, each with its own
// copy of this module, while lib/db.ts shares one client between them.
const shared = globalThis as unknown as { vanortsregistretPgPools?: WeakMap<object, pg.Pool> };
const pools = (shared.vanortsregistretPgPools ??= new WeakMap());

/**
 * A Prisma client on the pg driver adapter (no native query engine), with at most `poolSize`
 * connections (DATABASE_POOL_SIZE for the app: N app servers need N × poolSize connections
 * below the server's max_connections, 100 by default). With the public reads cached, a request
 * holds a connection for about a millisecond, so a small pool serves many requests; scripts/serve.ts
 * keeps more requests than the pool can serve from piling up behind it.
 */
export function createPrismaClient(connectionString: string, poolSize = 10) {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    // pg waits for ever by default: a server that does not answer would hold every request.
    connectionTimeoutMillis: 5_000,
    // The registry's tables live in memory (a few hundred MB at 100,000 partnerships), where a
    // random page read costs about what a sequential one does. With PostgreSQL's default (4, for
    // spinning disks) the planner scanned all 100,000 partnerships for one member's 3,630 rather
    // than probe the primary key: a member's totals took 100-160 ms on a loaded machine, 15-45
    // ms with 1.1 (`npm run bench:first`). Per connection, so a managed server needs no setting.
    options: "-c random_page_cost=1.1",
  });
  const adapter = new PrismaPg(pool, {
    // A pooled connection dropped by the server (restart, shutdown) is an outage sign.
    onPoolError: reportDatabaseError,
    onConnectionError: reportDatabaseError,
    // $disconnect() ends the pool, as it did when the adapter made the pool itself.
    disposeExternalPool: true,
  });
  const client = new PrismaClient({ adapter });
  pools.set(client, pool);
  return client;
}

export type Database = ReturnType<typeof createPrismaClient>;

/**
 * The pg pool a client from createPrismaClient runs on: for reading many rows through a
 * cursor, which Prisma cannot do (lib/partnerships/export-rows.ts). Shares the client's
 * connections and their limit.
 */
export function poolOf(db: Database): pg.Pool {
  const pool = pools.get(db);
  if (!pool) throw new Error("This database client was not made by createPrismaClient: it has no pg pool");
  return pool;
}
