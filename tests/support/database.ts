import { afterAll, inject } from "vitest";
import { createPrismaClient } from "../../lib/database/client";

/** A Prisma client on this run's test database, closed after the file's tests. */
export function testDatabase() {
  const db = createPrismaClient(inject("databaseUrl"));
  afterAll(() => db.$disconnect());
  return db;
}
