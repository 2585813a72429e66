// Progress of a long import preview: how many rows are matched so far. Reported in batches
// (about one report per percent, never more often than every MIN_BATCH rows) so that a
// listener that streams each report to the browser costs nothing measurable per row.

export type ImportProgress = { matched: number; total: number };
export type ProgressListener = (progress: ImportProgress) => void;

/** At most this many reports per file, plus the first (0 of n) and the last (n of n). */
export const PROGRESS_REPORTS = 100;
/** A small file is not reported row by row. */
export const MIN_BATCH = 10;

/** The number of rows between two reports for a file of `total` rows. */
export function progressBatch(total: number): number {
  return Math.max(MIN_BATCH, Math.ceil(total / PROGRESS_REPORTS));
}

/**
 * A counter for `total` rows that tells `listener` where it stands: at once (0 of total), then
 * after every batch of rows, and when the last row is counted. Without a listener it does nothing.
 */
export function progressCounter(total: number, listener?: ProgressListener): { rowDone: () => void } {
  if (!listener) return { rowDone: () => {} };
  const batch = progressBatch(total);
  let matched = 0;
  listener({ matched, total });
  return {
    rowDone: () => {
      matched += 1;
      if (matched % batch === 0 || matched === total) listener({ matched, total });
    },
  };
}

/** Announce progress in steps of this many percent. */
const ANNOUNCE_STEP_PERCENT = 10;

/**
 * What a screen reader is told: the rows matched, rounded down to the last full step of
 * ANNOUNCE_STEP_PERCENT, so the announcement changes ten times per file, not with every report.
 */
export function announcedProgress(
  { matched, total }: ImportProgress,
  stepPercent = ANNOUNCE_STEP_PERCENT,
): ImportProgress & { percent: number } {
  if (total <= 0) return { matched: 0, total, percent: 0 };
  const percent = Math.floor((matched / total) * (100 / stepPercent)) * stepPercent;
  return { matched: matched === total ? total : Math.floor((total * percent) / 100), total, percent };
}
