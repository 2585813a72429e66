// Every integration test file runs on its own copy of the run's seeded database (PostgreSQL
// copies a template database file by file), so any file can run alone and in any order: what
// one file writes, no other file sees. `DATABASE_URL` names the copy, for the tests' own
// clients (tests/support/database.ts) and for the app code they call (lib/db.ts).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

const seeded = new URL(inject("databaseUrl"));
const server = new URL(seeded);
server.pathname = "/postgres";
const copy = new URL(seeded);
copy.pathname = `/file_${randomBytes(6).toString("hex")}`;
const name = copy.pathname.slice(1);

const admin = new pg.Client({ connectionString: server.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${seeded.pathname.slice(1)}"`);
process.env.DATABASE_URL = copy.toString();

afterAll(async () => {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});
