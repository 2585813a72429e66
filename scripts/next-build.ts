// Whether the production build is older than the sources, and the Next CLI to run: shared by
// `npm start` and the outage test (which serves the same build with `next start`).
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
  "tsconfig.json",
];
export const NEXT_CLI = path.join("node_modules", "next", "dist", "bin", "next");

function newestModification(paths: string[]): number {
  let newest = 0;
  for (const p of paths.filter((p) => existsSync(p))) {
    const files = statSync(p).isDirectory()
      ? readdirSync(p, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => path.join(e.parentPath, e.name))
      : [p];
    for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

export function buildIsStale(distDir: string): boolean {
  const buildId = path.join(distDir, "BUILD_ID");
  return !existsSync(buildId) || statSync(buildId).mtimeMs < newestModification(BUILD_INPUTS);
}
