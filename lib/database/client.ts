import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { reportDatabaseError } from "./availability";

/**
 * A Prisma client on the pg driver adapter (no native query engine), with at most `poolSize`
 * connections (DATABASE_POOL_SIZE for the app: N app servers need N × poolSize connections
 * below the server's max_connections, 100 by default). With the public reads cached, a request
 * holds a connection for about a millisecond, so a small pool serves many requests; scripts/serve.ts
 * keeps more requests than the pool can serve from piling up behind it.
 */
export function createPrismaClient(connectionString: string, poolSize = 10) {
  const adapter = new PrismaPg(
    {
      connectionString,
      max: poolSize,
      // pg waits for ever by default: a server that does not answer would hold every request.
      connectionTimeoutMillis: 5_000,
    },
    // A pooled connection dropped by the server (restart, shutdown) is an outage sign.
    { onPoolError: reportDatabaseError, onConnectionError: reportDatabaseError },
  );
  return new PrismaClient({ adapter });
}

export type Database = ReturnType<typeof createPrismaClient>;
