import type { TestProject } from "vitest/node";
import { startFreshDatabase } from "./fresh-database";

// Integration tests run against a real PostgreSQL, created empty for this run and seeded.
export default async function setup(project: TestProject) {
  const database = await startFreshDatabase("integration");
  process.env.DATABASE_URL = database.url;
  project.provide("databaseUrl", database.url);
  return () => database.remove();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
