// `npm run bench:map`: the national map's figures, in headless Chromium against a production
// build (.next-bench), for the real seed and for the synthetic volume (.data/bench, as `npm run
// bench`): time until the map is interactive, the time of a first interaction, frames per
// second during a scripted pan, the size of the map data, and the /karta route's first-load
// JavaScript (gzip), with Leaflet's share of it.
//   npm run bench:map -- [--rows 100000] [--runs 3] [--skip-build]
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import {
  BENCH_DIR,
  BUILD_TIMEOUT_MS,
  buildApp,
  count,
  DIST_DIR,
  prepareBenchDatabase,
  startServer,
  runBenchmark,
} from "./bench-support";

const { values: flags } = parseArgs({
  options: {
    rows: { type: "string", default: "100000" },
    runs: { type: "string", default: "3" },
    "skip-build": { type: "boolean", default: false },
  },
});
const rows = Number(flags.rows);
const runs = Number(flags.runs);
if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(runs) || runs < 1)
  throw new Error("--rows and --runs need whole numbers above 0");

const ROUTE = "/karta";
const SEED_DIR = path.join(BENCH_DIR, "seed-postgres");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const READY_TIMEOUT_MS = 60_000;
const VIEWPORT = { width: 1280, height: 900 };
// Leaflet's own attribution link: present in a chunk exactly when Leaflet's code is in it.
const LEAFLET_SIGNATURE = "leafletjs.com";

type Run = {
  tti: number;
  list: number;
  interaction: number;
  fps: number;
  worstFrame: number;
  lines: number;
  dataBytes: number;
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The gzip size of a built static file, as the server would send it. */
function gzipSizeOf(scriptPath: string): { bytes: number; leaflet: boolean } {
  const file = path.join(
    DIST_DIR,
    "static",
    decodeURIComponent(scriptPath.replace(/^\/_next\/static\//, "").split("?")[0]!),
  );
  const content = readFileSync(file);
  return { bytes: gzipSync(content, { level: 9 }).length, leaflet: content.includes(LEAFLET_SIGNATURE) };
}

/**
 * First-load JavaScript: the scripts the route's HTML names (what the browser must load before
 * the page is interactive), summed as gzip. Leaflet, imported with ssr: false, must not be among them.
 */
async function firstLoadJs(origin: string, route: string) {
  const html = await (await fetch(origin + route)).text();
  const scripts = [
    ...new Set([...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js[^"]*)"/g)].map((m) => m[1]!)),
  ];
  const sizes = scripts.map(gzipSizeOf);
  return {
    scripts,
    bytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
    leaflet: sizes.some((s) => s.leaflet),
  };
}

// Set before the page's own scripts run: resolves with performance.now() (ms since the
// navigation started) on the first frame in which the data is loaded and the map drawn.
const READY_PROBE = `
  window.__mapReady = new Promise((resolve) => {
    const check = () => {
      const map = document.querySelector('.leaflet-map[data-map-state="ready"]');
      const loaded = document.querySelector('.map-explorer[data-loaded="true"]');
      if (map && loaded && Number(map.dataset.lines) > 0) resolve(performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  // When the list twin shows its first row: the data has arrived (the map may still be drawing).
  window.__listReady = new Promise((resolve) => {
    const check = () => (document.querySelector("table.map-members tbody button") ? resolve(performance.now()) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });`;

// In-page scripts are strings: tsx would add helpers to functions that the page does not have.
const FIRST_INTERACTION = `new Promise((resolve) => {
  const button = document.querySelector("table.map-members tbody button");
  const started = performance.now();
  button.click();
  // Done when the panel lists the member's partners (at scale they come in a second request).
  const check = () =>
    document.querySelector("#map-panel-heading") && !document.querySelector(".map-panel [role=status]")
      ? resolve(performance.now() - started)
      : requestAnimationFrame(check);
  requestAnimationFrame(check);
})`;
const START_FRAME_COUNT = `(() => {
  window.__frames = [];
  window.__counting = true;
  const tick = (t) => {
    window.__frames.push(t);
    if (window.__counting) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
const STOP_FRAME_COUNT = `(() => {
  window.__counting = false;
  return window.__frames;
})()`;

async function measureOnce(browser: Browser, origin: string): Promise<Run & { lazyJs: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT }); // a fresh cache every run
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  let dataBytes = 0;
  const scripts: string[] = [];
  page.on("response", async (response) => {
    const url = new URL(response.url());
    if (url.pathname === "/api/v1/map") dataBytes = (await response.request().sizes()).responseBodySize;
    if (url.pathname.endsWith(".js")) scripts.push(url.pathname);
  });
  // Sorted by number of partnerships, so the first interaction opens the busiest member.
  await page.goto(`${origin}${ROUTE}?sortera=partnerships`, { waitUntil: "commit" });
  const tti = await Promise.race([
    page.evaluate<number>("window.__mapReady"),
    new Promise<never>((_, reject) =>
      setTimeout(
        () => reject(new Error(`The map was not ready within ${READY_TIMEOUT_MS / 1000} s`)),
        READY_TIMEOUT_MS,
      ),
    ),
  ]);
  const list = await page.evaluate<number>("window.__listReady");
  const lines = Number(await page.locator(".leaflet-map").getAttribute("data-lines"));

  // A first interaction: choose the member with the most partnerships in the list twin, until
  // its partners are listed.
  const interaction = await page.evaluate<number>(FIRST_INTERACTION);

  // A scripted pan: drag the map for about two seconds while counting animation frames.
  const box = (await page.locator(".leaflet-map").boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.evaluate(START_FRAME_COUNT);
  await page.mouse.move(x, y);
  await page.mouse.down();
  const steps = 120;
  for (let i = 1; i <= steps; i++) {
    const f = i <= steps / 2 ? i / (steps / 2) : (steps - i) / (steps / 2); // out and back
    await page.mouse.move(x - 320 * f, y - 160 * f);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const frames = await page.evaluate<number[]>(STOP_FRAME_COUNT);
  await context.close();
  const elapsed = frames.at(-1)! - frames[0]!;
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  return {
    tti,
    list,
    interaction,
    fps: ((frames.length - 1) / elapsed) * 1000,
    worstFrame: Math.max(...gaps),
    lines,
    dataBytes,
    lazyJs: scripts,
  };
}

async function measureDataset(name: string, databaseUrl: string, browser: Browser) {
  const server = await startServer(databaseUrl, `next-start-map-${name}.log`);
  try {
    console.log(`  ${name}: warming up (one load, not counted)`);
    await measureOnce(browser, server.origin);
    const results: Run[] = [];
    let lazyJs: string[] = [];
    for (let i = 0; i < runs; i++) {
      const { lazyJs: scripts, ...run } = await measureOnce(browser, server.origin);
      lazyJs = scripts;
      results.push(run);
      console.log(
        `    run ${i + 1}: interactive ${run.tti.toFixed(0)} ms, list ${run.list.toFixed(0)} ms, first interaction ${run.interaction.toFixed(0)} ms, ` +
          `${run.fps.toFixed(1)} fps while panning (worst frame ${run.worstFrame.toFixed(0)} ms), ${count(run.lines)} lines drawn`,
      );
    }
    const firstLoad = await firstLoadJs(server.origin, ROUTE);
    return { name, results, firstLoad, lazyJs };
  } finally {
    await server.stop();
  }
}

async function main() {
  const bulkUrl = await prepareBenchDatabase(rows);
  const seedUrl = await prepareBenchDatabase(0, SEED_DIR);
  await buildApp(bulkUrl, flags["skip-build"] ?? false);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    console.log(
      `Measuring ${ROUTE} in headless Chromium (${VIEWPORT.width}×${VIEWPORT.height}), ${runs} runs per dataset, fresh cache each`,
    );
    const datasets = [
      await measureDataset("seed", seedUrl, browser),
      await measureDataset(`${count(rows)} synthetic`, bulkUrl, browser),
    ];

    console.log("");
    console.log(
      "dataset              interactive ms  list ms  first interaction ms  pan fps  worst frame ms  lines  map data (transfer)",
    );
    for (const { name, results } of datasets) {
      const m = (key: keyof Run) => median(results.map((r) => r[key]));
      console.log(
        `${name.padEnd(20)} ${m("tti").toFixed(0).padStart(14)}  ${m("list").toFixed(0).padStart(7)}  ${m("interaction").toFixed(0).padStart(20)}  ${m("fps").toFixed(1).padStart(7)}  ` +
          `${m("worstFrame").toFixed(0).padStart(14)}  ${String(m("lines")).padStart(5)}  ${kib(m("dataBytes")).padStart(19)}`,
      );
    }
    console.log(
      "medians of the runs; interactive: from navigation start to the first frame with the data drawn on the map; list: to the list twin's first row",
    );

    const { firstLoad, lazyJs } = datasets[0]!;
    const lazy = lazyJs.filter((s) => !firstLoad.scripts.some((f) => f.split("?")[0] === s)).map(gzipSizeOf);
    console.log("");
    console.log(
      `First-load JavaScript of ${ROUTE}: ${kib(firstLoad.bytes)} gzip in ${firstLoad.scripts.length} chunks (budget 250 kB); ` +
        `Leaflet ${firstLoad.leaflet ? "IS" : "is not"} among them`,
    );
    console.log(
      `Loaded after it, on demand: ${kib(lazy.reduce((s, c) => s + c.bytes, 0))} gzip in ${lazy.length} chunks` +
        (lazy.some((c) => c.leaflet) ? " (Leaflet and the map)" : ""),
    );
  } finally {
    await browser.close();
  }
}

const budgetMs = BUILD_TIMEOUT_MS + 20 * 60_000;
await runBenchmark("bench:map", main, budgetMs);
