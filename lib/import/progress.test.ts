import { describe, expect, it } from "vitest";
import {
  announcedProgress,
  MIN_BATCH,
  PROGRESS_REPORTS,
  progressBatch,
  progressCounter,
  type ImportProgress,
} from "./progress";

/** Every report a counter of `total` rows gives when all rows are counted. */
function reportsFor(total: number): ImportProgress[] {
  const reports: ImportProgress[] = [];
  const counter = progressCounter(total, (p) => reports.push(p));
  for (let i = 0; i < total; i++) counter.rowDone();
  return reports;
}

describe("import progress", () => {
  it("batches rows: at least MIN_BATCH, about one report per percent of a long file", () => {
    expect(progressBatch(0)).toBe(MIN_BATCH);
    expect(progressBatch(35)).toBe(MIN_BATCH);
    expect(progressBatch(4000)).toBe(40);
    expect(progressBatch(4001)).toBe(41);
  });

  it("reports 0 of n at once, then each batch, then n of n, in order", () => {
    expect(reportsFor(25)).toEqual([
      { matched: 0, total: 25 },
      { matched: 10, total: 25 },
      { matched: 20, total: 25 },
      { matched: 25, total: 25 },
    ]);
    const long = reportsFor(5000);
    expect(long).toHaveLength(PROGRESS_REPORTS + 1);
    expect(long[1]).toEqual({ matched: 50, total: 5000 });
    expect(long.at(-1)).toEqual({ matched: 5000, total: 5000 });
    expect(long.map((r) => r.matched)).toEqual([...long.map((r) => r.matched)].sort((a, b) => a - b));
  });

  it("does not report the last row twice when it ends a batch, and says 0 of 0 for an empty file", () => {
    expect(reportsFor(20).map((r) => r.matched)).toEqual([0, 10, 20]);
    expect(reportsFor(0)).toEqual([{ matched: 0, total: 0 }]);
  });

  it("costs nothing without a listener", () => {
    const counter = progressCounter(1000);
    expect(() => counter.rowDone()).not.toThrow();
  });
});

describe("announced progress", () => {
  it("changes only every ten percent, so a screen reader hears about ten announcements per file", () => {
    expect(announcedProgress({ matched: 0, total: 4000 })).toEqual({ matched: 0, total: 4000, percent: 0 });
    expect(announcedProgress({ matched: 399, total: 4000 })).toEqual({ matched: 0, total: 4000, percent: 0 });
    expect(announcedProgress({ matched: 1200, total: 4000 })).toEqual({
      matched: 1200,
      total: 4000,
      percent: 30,
    });
    expect(announcedProgress({ matched: 1599, total: 4000 })).toEqual({
      matched: 1200,
      total: 4000,
      percent: 30,
    });
    expect(announcedProgress({ matched: 4000, total: 4000 })).toEqual({
      matched: 4000,
      total: 4000,
      percent: 100,
    });
    const texts = new Set<string>();
    for (let matched = 0; matched <= 5000; matched += 50)
      texts.add(JSON.stringify(announcedProgress({ matched, total: 5000 })));
    expect(texts.size).toBe(11);
  });

  it("says nothing is matched of an empty file", () => {
    expect(announcedProgress({ matched: 0, total: 0 })).toEqual({ matched: 0, total: 0, percent: 0 });
  });
});
