import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_DATA_DIR, E2E_POSTGRES_PORT } from "./tests/e2e/support/paths";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium (Playwright cannot download browsers here); CHROMIUM_PATH for other machines.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /phone-layout/ },
    {
      // The citizen's and the officer's journeys on a small phone, and the sideways-scroll sweep.
      name: "phone",
      use: { ...devices["Pixel 5"], viewport: { width: 360, height: 740 } },
      testMatch: /(phone-layout|public-site|municipality-page|editing|partner-search|forms-sweep)\.spec\.ts$/,
    },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      EMBEDDED_POSTGRES_DIR: path.join(E2E_DATA_DIR, "postgres"),
      EMBEDDED_POSTGRES_PORT: String(E2E_POSTGRES_PORT),
      DATABASE_URL: "",
    },
  },
});
