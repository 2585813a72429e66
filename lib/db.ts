import "server-only";
import { createPrismaClient, type Database } from "./database/client";
import { env } from "./env";

// One client per process, created on first use (so `next build` needs no database) and kept
// on globalThis so dev-mode hot reloads do not open new pools.
const globalForDb = globalThis as unknown as { db?: Database };

export function db(): Database {
  if (!globalForDb.db) {
    const { DATABASE_URL: url, DATABASE_POOL_SIZE } = env();
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides it.");
    globalForDb.db = createPrismaClient(url, DATABASE_POOL_SIZE);
  }
  return globalForDb.db;
}
