import path from "node:path";
import { defineConfig } from "prisma/config";
import { createMigrationAdapter } from "./lib/database/migration-adapter";

// The Prisma CLI runs on the WASM schema engine through a driver adapter, so it never
// downloads a native engine. Prisma 6.19 still resolves the schema's `env("DATABASE_URL")`
// for every command, and when it cannot, it falls back to downloading the Rust engines;
// `prisma generate` (run by postinstall) needs no database, so give it a placeholder.
const databaseUrl = process.env.DATABASE_URL;
process.env.DATABASE_URL ??= "postgresql://placeholder@localhost/not-used-by-generate";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    if (!databaseUrl)
      throw new Error("DATABASE_URL must be set for Prisma commands that touch the database.");
    return createMigrationAdapter(databaseUrl);
  },
});
