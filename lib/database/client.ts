import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { reportDatabaseError } from "./availability";

/** A Prisma client on the pg driver adapter (no native query engine). */
export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg(
    {
      connectionString,
      // pg waits for ever by default: a server that does not answer would hold every request.
      connectionTimeoutMillis: 5_000,
    },
    // A pooled connection dropped by the server (restart, shutdown) is an outage sign.
    { onPoolError: reportDatabaseError, onConnectionError: reportDatabaseError },
  );
  return new PrismaClient({ adapter });
}

export type Database = ReturnType<typeof createPrismaClient>;
