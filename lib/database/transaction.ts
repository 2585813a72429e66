import type { Prisma } from "../generated/prisma/client";
import type { Database } from "./client";

/** Either the client or an interactive transaction: domain writes accept both. */
export type DbOrTx = Database | Prisma.TransactionClient;
