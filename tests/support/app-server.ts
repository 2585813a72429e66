import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import getPort, { portNumbers } from "get-port";
import { buildIsStale, NEXT_CLI } from "../../scripts/next-build";

/**
 * A free port below Linux's ephemeral range (32768–60999), so that no outgoing connection can
 * take it while its server is stopped; a random start keeps parallel runs apart.
 */
export function freeLowPort(): Promise<number> {
  const from = 20_000 + Math.floor(Math.random() * 10_000);
  return getPort({ port: portNumbers(from, 32_000) });
}

/** Builds the app into .next when the sources are newer than the last build (as `npm start` does). */
export function ensureBuild(): void {
  if (!buildIsStale(".next")) return;
  const build = spawnSync(process.execPath, [NEXT_CLI, "build"], {
    stdio: "pipe",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
}

export type AppServer = {
  url: string;
  /** Every line the server wrote (stdout and stderr), with the time it arrived. */
  lines: { at: number; text: string }[];
  stop: () => Promise<void>;
};

/**
 * The production server on the current build against `databaseUrl`; resolves once /api/health
 * answers 200. `environment` adds or overrides variables (TRUSTED_PROXY_HOPS, SITE_URL, …).
 */
export async function startAppServer(
  databaseUrl: string,
  environment: Record<string, string> = {},
): Promise<AppServer> {
  const port = await freeLowPort();
  // The production server, as `npm start` runs it (Next's handler behind scripts/serve.ts).
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "serve.ts")], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
      ...environment,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: AppServer["lines"] = [];
  const collect = (chunk: Buffer) => {
    for (const text of chunk.toString().split("\n")) if (text.trim()) lines.push({ at: Date.now(), text });
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return { url, lines, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`the server did not become healthy:\n${lines.map((l) => l.text).join("\n")}`);
}
