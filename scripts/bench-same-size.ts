// Static files of many sizes for `npm run bench`: beside each route's ratio against the small
// static file, the bench prints its ratio against a static file of about the same size on the
// wire. autocannon runs on the same cores as the server, so every byte it reads costs the
// measurement too: a 30 KiB answer cannot reach the rate of a 1 KiB file even when the server
// does nothing for it. The same-size ratio separates what the server spends on an answer from
// what its size costs the load generator.
//
// The files are random bytes named .png (image/png: Next does not compress it, so their size on
// the wire is their size on disk, and the proxy leaves the extension alone as it does the small
// static file's .txt), in a geometric series from 1 KiB to 1 MiB (each
// 2^(1/4) larger than the one before, so the nearest is within 9 % of any size). They are written
// into public/ before the server starts (Next lists its public files at start-up) and removed at
// the end; the directory is git-ignored.
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const DIR_NAME = "_bench-same-size";
const DIR = path.join(process.cwd(), "public", DIR_NAME);
const SMALLEST = 1024;
const LARGEST = 1024 * 1024;
const STEP = 2 ** (1 / 4);

const SIZES: number[] = [];
for (let size = SMALLEST; size <= LARGEST * 1.001; size *= STEP) SIZES.push(Math.round(size));

/** Writes the files (random bytes, so nothing compresses them). */
export function writeSameSizeFiles(): void {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  for (const size of SIZES) writeFileSync(path.join(DIR, `${size}.png`), randomBytes(size));
}

export function removeSameSizeFiles(): void {
  rmSync(DIR, { recursive: true, force: true });
}

/** The path (on the server) and size of the file nearest `bytes` on a logarithmic scale. */
export function sameSizeFile(bytes: number): { route: string; bytes: number } {
  const target = Math.max(bytes, 1);
  let best = SIZES[0]!;
  for (const size of SIZES)
    if (Math.abs(Math.log(size / target)) < Math.abs(Math.log(best / target))) best = size;
  return { route: `/${DIR_NAME}/${best}.png`, bytes: best };
}
