// Runs once when a Next server process starts: installs the database availability check that
// proxy.ts consults (lib/database/availability.ts), on the Node runtime only.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const url = env().DATABASE_URL;
  if (!url) return;
  const { registerDatabaseProbe } = await import("./lib/database/availability");
  const { createDatabaseProbe } = await import("./lib/database/probe");
  registerDatabaseProbe(createDatabaseProbe(url));
}
