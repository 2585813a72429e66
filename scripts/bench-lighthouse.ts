// `npm run bench:lighthouse`: Lighthouse (mobile, simulated throttling: its defaults) on the
// public pages people open first, against a production build (.next-bench) serving the real
// seed (.data/bench/seed-postgres, as `npm run bench:map`). Prints per page the four category
// scores, the layout shift, total blocking time, the paint times and any console error.
// Figures only: nothing here passes or fails on a time. Each page's last report is kept as JSON
// in .data/bench/lighthouse/.
//   npm run bench:lighthouse -- [--runs 3] [--skip-build] [--page /karta]
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import getPort from "get-port";
import lighthouse from "lighthouse";
import {
  BENCH_DIR,
  BUILD_TIMEOUT_MS,
  buildApp,
  children,
  prepareBenchDatabase,
  runBenchmark,
  startServer,
  stopChild,
} from "./bench-support";

const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: "1" },
    "skip-build": { type: "boolean", default: false },
    page: { type: "string", multiple: true },
  },
});
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs needs a whole number above 0");

const PAGES = flags.page?.length ? flags.page : ["/", "/kommun/umea", "/karta", "/statistik"];
const SEED_DIR = path.join(BENCH_DIR, "seed-postgres");
const REPORT_DIR = path.join(BENCH_DIR, "lighthouse");
const CHROMIUM = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Debian's Chromium as root, and no attempt to reach hosts this machine cannot reach.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

type Figures = {
  scores: Record<(typeof CATEGORIES)[number], number>;
  cls: number;
  tbt: number;
  lcp: number;
  fcp: number;
  /** Lighthouse's measure of this machine's speed at the time (higher is faster): TBT depends on it. */
  cpuIndex: number;
  consoleErrors: string[];
  /** The accessibility and best-practice audits that did not pass, with what they found. */
  failed: string[];
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Chromium with a DevTools port for Lighthouse to drive (a fresh profile, removed afterwards). */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await getPort();
  const profile = mkdtempSync(path.join(tmpdir(), "bench-lighthouse-"));
  const chromium = spawn(
    CHROMIUM,
    [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"],
    { stdio: "ignore" },
  );
  children.add(chromium);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready)
      return {
        port,
        stop: async () => {
          await stopChild(chromium);
          rmSync(profile, { recursive: true, force: true });
        },
      };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Chromium (${CHROMIUM}) opened no DevTools port within 30 s`);
}

async function audit(port: number, url: string): Promise<Figures> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  // The whole report, for a closer look (bootup-time, mainthread-work-breakdown, …).
  mkdirSync(REPORT_DIR, { recursive: true });
  const slug = new URL(url).pathname.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "home";
  writeFileSync(path.join(REPORT_DIR, `${slug}.json`), JSON.stringify(lhr));
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const errors = lhr.audits["errors-in-console"]?.details;
  const items = errors && "items" in errors ? (errors.items as { description?: string }[]) : [];
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    ) as Figures["scores"],
    cls: numeric("cumulative-layout-shift"),
    tbt: numeric("total-blocking-time"),
    lcp: numeric("largest-contentful-paint"),
    fcp: numeric("first-contentful-paint"),
    cpuIndex: lhr.environment.benchmarkIndex,
    consoleErrors: items.map((i) => i.description ?? "?"),
    failed: (["accessibility", "best-practices"] as const).flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => {
          const details = lhr.audits[ref.id]?.details;
          const nodes =
            details && "items" in details ? (details.items as { node?: { snippet?: string } }[]) : [];
          const snippets = nodes.flatMap((n) => (n.node?.snippet ? [n.node.snippet.slice(0, 120)] : []));
          return `${ref.id}${snippets.length ? `: ${snippets.slice(0, 3).join(" ")}` : ""}`;
        }),
    ),
  };
}

/** On a busy machine Lighthouse sometimes loses its trace (NO_NAVSTART): such a run is repeated. */
async function auditWithRetries(port: number, url: string, attempts = 3): Promise<Figures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await audit(port, url);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`${error instanceof Error ? error.message : error}: trying again`);
    }
  }
}

async function main() {
  const seedUrl = await prepareBenchDatabase(0, SEED_DIR);
  await buildApp(seedUrl, flags["skip-build"] ?? false);
  const server = await startServer(seedUrl, "next-start-lighthouse.log");
  const chromium = await startChromium();
  const rows: string[][] = [];
  const failures: string[] = [];
  try {
    for (const page of PAGES) {
      // One unmeasured visit first, so the server's caches are warm as they would be in use.
      await fetch(server.origin + page).then((r) => r.text());
      const results: Figures[] = [];
      for (let i = 0; i < runs; i++)
        results.push(await auditWithRetries(chromium.port, server.origin + page));
      const pick = (f: (r: Figures) => number) => median(results.map(f));
      const errors = [...new Set(results.flatMap((r) => r.consoleErrors))];
      failures.push(...new Set(results.flatMap((r) => r.failed.map((f) => `${page} ${f}`))));
      rows.push([
        page,
        ...CATEGORIES.map((c) => String(pick((r) => r.scores[c]))),
        pick((r) => r.cls).toFixed(3),
        `${Math.round(pick((r) => r.tbt))} ms`,
        `${(pick((r) => r.lcp) / 1000).toFixed(1)} s`,
        `${(pick((r) => r.fcp) / 1000).toFixed(1)} s`,
        String(Math.round(pick((r) => r.cpuIndex))),
        errors.length ? errors.join(" | ") : "none",
      ]);
      console.log(`${page}: done`);
    }
  } finally {
    await chromium.stop();
    await server.stop();
  }
  console.log(`\nLighthouse (mobile, simulated throttling), median of ${runs} run(s) per page:`);
  console.log(
    "(CPU index: Lighthouse's benchmark of the machine during the run; on a busy machine TBT rises as it falls)",
  );
  const header = [
    "page",
    "perf",
    "a11y",
    "best pr.",
    "seo",
    "CLS",
    "TBT",
    "LCP",
    "FCP",
    "CPU index",
    "console errors",
  ];
  const table = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join("  "));
  if (failures.length)
    console.log(`\nAudits that did not pass:\n${failures.map((f) => `- ${f}`).join("\n")}`);
}

await runBenchmark("bench:lighthouse", main, BUILD_TIMEOUT_MS + 20 * 60_000);
