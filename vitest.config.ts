import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    // `server-only` throws outside React Server Components; tests call server modules directly.
    alias: { "server-only": path.join(root, "tests", "support", "empty-module.ts"), "@": root },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/database-global-setup.ts"],
          setupFiles: ["tests/support/file-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 240_000,
          // Each file has its own database, so order does not matter; one at a time keeps this
          // two-core machine's timings (and the embedded server) calm.
          fileParallelism: false,
        },
      },
    ],
  },
});
