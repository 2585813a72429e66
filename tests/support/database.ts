import { afterAll } from "vitest";
import { createPrismaClient } from "../../lib/database/client";

/** This test file's own database: a fresh copy of the run's seeded one (tests/support/file-database.ts). */
export function testDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is set by tests/support/file-database.ts");
  return url;
}

/** A Prisma client on this test file's own database, closed after the file's tests. */
export function testDatabase() {
  const db = createPrismaClient(testDatabaseUrl());
  afterAll(() => db.$disconnect());
  return db;
}
