// `npm run bench:export`: how fast the downloads stream, on `npm run bench`'s database (.data/bench,
// 100,000 synthetic partnerships on the real seed). Each download is read to its end in this
// process, straight from the export code the routes call (no HTTP in between: the figure is the
// export's own), and printed as seconds, size and MB/s. The whole-registry files are those of
// /api/v1/bulk/{file} and /samarbeten/export.csv; one filtered download shows the filter path.
// Besides wall-clock seconds it prints the CPU seconds spent by this process (formatting) and
// by the PostgreSQL server (the query): on a shared, busy machine the wall clock measures the
// neighbours, while CPU seconds stay what the download itself costs.
//   npm run bench:export -- [--runs 2]
// --runs: how many times each download is read; the best and the slowest are printed.
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { bulkStream, type BulkFile } from "../lib/api/bulk";
import { createPrismaClient, type Database } from "../lib/database/client";
import { searchParamsToRecord } from "../lib/directory/page-params";
import { parseDirectoryParams } from "../lib/directory/parse-params";
import { exportPartnershipsCsv, exportPartnershipsJson } from "../lib/partnerships/export";
import { BENCH_DIR, count, prepareBenchDatabase, runBenchmark } from "./bench-support";

const { values: flags } = parseArgs({ options: { runs: { type: "string", default: "2" } } });
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs needs a whole number above 0, not "${flags.runs}"`);

const filtersOf = (query: string) =>
  parseDirectoryParams(searchParamsToRecord(new URLSearchParams(query))).filters;

type Download = { name: string; open: (db: Database) => ReadableStream<Uint8Array> };

const bulk = (file: BulkFile): Download => ({
  name: `/api/v1/bulk/${file}`,
  open: (db) => bulkStream(db, file, "sv"),
});

const DOWNLOADS: Download[] = [
  bulk("vanortsregistret.csv"),
  bulk("vanortsregistret.json"),
  bulk("vanortsregistret.geojson"),
  { name: "/samarbeten/export.csv", open: (db) => exportPartnershipsCsv(db, filtersOf(""), "sv") },
  { name: "/samarbeten/export.json", open: (db) => exportPartnershipsJson(db, filtersOf(""), "sv") },
  {
    name: "/samarbeten/export.csv?typ=vanort&land=fi",
    open: (db) => exportPartnershipsCsv(db, filtersOf("typ=vanort&land=fi"), "sv"),
  },
];

/** Reads a download to its end as a client would, counting bytes and lines (rows, for CSV). */
async function readToEnd(stream: ReadableStream<Uint8Array>) {
  let bytes = 0;
  let lines = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value: chunk } = await reader.read();
    if (done) break;
    bytes += chunk.byteLength;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return { bytes, lines };
}

/** CPU seconds (user + system) of this process. */
const ownCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** A process's /proc stat fields after its name: [state, ppid, …]; undefined if it is gone. */
function procStat(pid: string): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds of the benchmark's PostgreSQL, read from /proc (Linux only; 0 elsewhere): its
 * backends alive now, plus those that have ended (the postmaster's reaped children, cutime and
 * cstime), since the pool closes idle connections.
 */
function postgresCpu(): number {
  const ticks = 100; // USER_HZ
  let postmaster: string;
  try {
    postmaster = readFileSync(path.join(BENCH_DIR, "postgres", "postmaster.pid"), "utf8").split("\n")[0]!;
  } catch {
    return 0;
  }
  // utime, stime, cutime, cstime are fields 14–17 of the line: 11–14 after the name.
  const own = procStat(postmaster);
  let total = own ? (Number(own[13]) + Number(own[14])) / ticks : 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    const fields = procStat(pid);
    if (fields?.[1] === postmaster) total += (Number(fields[11]) + Number(fields[12])) / ticks;
  }
  return total;
}

async function main() {
  const url = await prepareBenchDatabase(100_000);
  const db = createPrismaClient(url);
  try {
    const partnerships = await db.partnership.count();
    console.log(`\n${count(partnerships)} partnerships; each download read ${runs} time(s)\n`);
    const [load] = os.loadavg();
    console.log(`Load average at the start: ${load!.toFixed(1)} on ${os.availableParallelism()} cores\n`);
    console.log(
      "| Download | Size | Lines | Seconds (best–slowest) | MB/s (best) | CPU s: Node + PostgreSQL (best run) |",
    );
    console.log("|---|---:|---:|---:|---:|---:|");
    for (const download of DOWNLOADS) {
      const runsOf: { seconds: number; node: number; postgres: number }[] = [];
      let size = { bytes: 0, lines: 0 };
      for (let run = 0; run < runs; run++) {
        const [node, postgres, started] = [ownCpu(), postgresCpu(), performance.now()];
        size = await readToEnd(download.open(db));
        runsOf.push({
          seconds: (performance.now() - started) / 1000,
          node: ownCpu() - node,
          postgres: postgresCpu() - postgres,
        });
      }
      const best = runsOf.reduce((a, b) => (b.seconds < a.seconds ? b : a));
      const slowest = Math.max(...runsOf.map((r) => r.seconds));
      console.log(
        `| ${download.name} | ${(size.bytes / 1e6).toFixed(1)} MB | ${count(size.lines)} | ` +
          `${best.seconds.toFixed(2)}–${slowest.toFixed(2)} | ${(size.bytes / 1e6 / best.seconds).toFixed(1)} | ` +
          `${best.node.toFixed(2)} + ${best.postgres.toFixed(2)} |`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

await runBenchmark("The export benchmark", main, 30 * 60_000);
