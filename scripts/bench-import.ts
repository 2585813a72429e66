// `npm run bench:import`: how long the import preview of a long file takes (lib/import/preview,
// the work behind both the server action and the streamed POST /api/import/preview), on the
// benchmark's own seed database (.data/bench/seed-postgres, real reference data and gazetteer,
// as bench:map). The files are synthetic (scripts/synthetic/import-file.ts): one whose every
// partner is a different real place (each looked up), one that repeats ten messy partners
// (looked up once per file). Each is previewed with and without a progress listener, to show
// what the progress reports cost; the first is then committed, timed, and removed again.
// First it scores the preview of a real-world list (tests/fixtures/twin-towns: 308 pairs from
// municipalities' own pages) against hand-checked positions: right, queued, refused, wrong.
//   npm run bench:import -- [--rows 5000] [--runs 1] [--list-only]
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/database/client";
import { commitImport, importActor } from "../lib/import/commit";
import { previewImport, type ImportPreview } from "../lib/import/preview";
import { describeScore, scoreTwinTownImport, twinTownFile } from "./twin-town-score";
import type { ImportProgress } from "../lib/import/progress";
import { BENCH_DIR, count, prepareBenchDatabase, runBenchmark } from "./bench-support";
import { syntheticImportCsv, syntheticImportFileName } from "./synthetic/import-file";

const { values: flags } = parseArgs({
  options: {
    rows: { type: "string", default: "5000" },
    runs: { type: "string", default: "1" },
    "list-only": { type: "boolean", default: false },
  },
});
const rows = Number(flags.rows);
const runs = Number(flags.runs);
if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(runs) || runs < 1)
  throw new Error("--rows and --runs need whole numbers above 0");

const SEED_DIR = path.join(BENCH_DIR, "seed-postgres");
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Measured = { ms: number; reports: number; preview: ImportPreview };

async function main() {
  const url = await prepareBenchDatabase(0, SEED_DIR);
  const db = createPrismaClient(url);
  try {
    const listStarted = performance.now();
    const listPreview = await previewImport(db, twinTownFile(), "all");
    const listMs = performance.now() - listStarted;
    console.log("");
    console.log(
      `Real-world list (${listPreview.fileName}), preview in ${(listMs / 1000).toFixed(1)} s: ` +
        `${listPreview.counts.ready} ready, ${listPreview.counts.review} review, ${listPreview.counts.invalid} invalid, ${listPreview.counts.duplicate} duplicate`,
    );
    for (const line of describeScore(await scoreTwinTownImport(db, listPreview))) console.log(`  ${line}`);
    if (flags["list-only"]) return;

    const places = await db.$queryRaw<{ name: string; countryCode: string }[]>`
      SELECT "name", "countryCode" FROM "Place" WHERE "countryCode" <> 'SE' ORDER BY "population" DESC, "id" LIMIT ${rows}`;
    const files = [
      {
        label: `${count(rows)} rows, every partner different`,
        text: syntheticImportCsv(
          rows,
          places.map((p) => [p.name, p.countryCode] as const),
        ),
      },
      { label: `${count(rows)} rows, 10 partners repeated`, text: syntheticImportCsv(rows) },
    ];

    const previewOnce = async (bytes: Uint8Array, withProgress: boolean): Promise<Measured> => {
      let reports = 0;
      const onProgress = withProgress ? (_: ImportProgress) => void (reports += 1) : undefined;
      const started = performance.now();
      const preview = await previewImport(db, { name: syntheticImportFileName(rows), bytes }, "all", {
        onProgress,
      });
      return { ms: performance.now() - started, reports, preview };
    };

    // Warm up the connection pool and the gazetteer's indexes on a small file.
    await previewOnce(new TextEncoder().encode(syntheticImportCsv(50)), false);

    console.log("");
    console.log(`Import preview (lib/import/preview), median of ${runs} run(s) each`);
    console.log(
      "file                                     size    progress  reports  total s  ms/row  statuses",
    );
    for (const file of files) {
      const bytes = new TextEncoder().encode(file.text);
      for (const withProgress of [false, true]) {
        const measured: Measured[] = [];
        for (let i = 0; i < runs; i++) measured.push(await previewOnce(bytes, withProgress));
        const ms = median(measured.map((m) => m.ms));
        const { counts } = measured[0]!.preview;
        console.log(
          `${file.label.padEnd(40)} ${`${Math.round(bytes.length / 1024)} kB`.padStart(6)}  ${(withProgress ? "on" : "off").padStart(8)}  ` +
            `${String(measured[0]!.reports).padStart(7)}  ${(ms / 1000).toFixed(1).padStart(7)}  ${(ms / rows).toFixed(1).padStart(6)}  ` +
            `${counts.ready} ready, ${counts.review} review, ${counts.invalid} invalid, ${counts.duplicate} duplicate`,
        );
      }
    }
    console.log(
      "progress on: a listener that counts the batched reports (about one per percent), as the streaming route's",
    );

    // The commit: every accepted row of the first file in one transaction (lib/import/commit),
    // then removed again, so the benchmark's database stays as seeded.
    const first = files[0]!;
    const preview = (await previewOnce(new TextEncoder().encode(first.text), false)).preview;
    const started = performance.now();
    const committed = await commitImport(db, preview, { actor: importActor(preview.fileName), scope: "all" });
    const ms = performance.now() - started;
    const ids = committed.created.map((c) => c.partnershipId);
    await db.auditEvent.deleteMany({
      where: {
        OR: [
          { entityType: "Partnership", entityId: { in: ids.map(String) } },
          { entityType: "Import", entityId: preview.fileHash },
        ],
      },
    });
    await db.partnership.deleteMany({ where: { id: { in: ids } } });
    console.log("");
    console.log(
      `Import commit (lib/import/commit, one transaction): ${first.label}: ${count(committed.created.length)} partnerships created in ` +
        `${(ms / 1000).toFixed(1)} s (${(ms / committed.created.length).toFixed(1)} ms/row), then removed`,
    );
  } finally {
    await db.$disconnect();
  }
}

await runBenchmark("bench:import", main, 60 * 60_000);
