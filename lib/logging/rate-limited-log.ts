// A log that writes each distinct line at most once per window and counts the repeats it held
// back. During a database outage every request fails the same way; writing each failure made
// 86,000 lines a minute and buried everything else in the log.

export type RateLimitedLog = {
  /** Writes `line` unless the same `key` was written within the window; answers whether it wrote. */
  (key: string, line?: string): boolean;
  /** Writes how many repeats were held back since each key's last line, and forgets every key. */
  flush: () => void;
};

export function createRateLimitedLog(
  options: {
    windowMs?: number;
    write?: (line: string) => void;
    now?: () => number;
  } = {},
): RateLimitedLog {
  const { windowMs = 30_000, write = (line) => console.error(line), now = Date.now } = options;
  const seconds = Math.round(windowMs / 1000);
  const seen = new Map<string, { line: string; writtenAt: number; suppressed: number }>();
  const repeats = (count: number) => `(${count} more like it in the last ${seconds} s)`;

  const log = ((key: string, line = key) => {
    const time = now();
    const entry = seen.get(key);
    if (entry && time - entry.writtenAt < windowMs) {
      entry.suppressed++;
      return false;
    }
    write(entry?.suppressed ? `${line} ${repeats(entry.suppressed)}` : line);
    seen.set(key, { line, writtenAt: time, suppressed: 0 });
    // Keys are error messages: few in practice, but never let them grow without bound.
    if (seen.size > 100) {
      for (const [k, e] of seen) if (time - e.writtenAt >= windowMs && e.suppressed === 0) seen.delete(k);
    }
    return true;
  }) as RateLimitedLog;

  log.flush = () => {
    for (const entry of seen.values()) {
      if (entry.suppressed > 0) write(`${entry.line} ${repeats(entry.suppressed)}`);
    }
    seen.clear();
  };
  return log;
}
