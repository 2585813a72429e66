// Admission control for one app server process: at most `maxActive` requests inside the app at
// once, the rest wait their turn in arrival order, and one that would wait longer than
// `maxWaitMs` (or find `maxQueued` already waiting) is turned away at once with a 503 and
// Retry-After. Without it, every request entered Next at once under a burst, all of them then
// waited for one of the database pool's few connections, and those still waiting after the
// pool's connect timeout failed with a 500 ("timeout exceeded when trying to connect").

type AdmissionOptions = { maxActive: number; maxQueued: number; maxWaitMs: number };

/** Lets a request in: resolves to a release function, or to null when the server is too busy. */
type Admit = () => Promise<(() => void) | null>;

export function createAdmission({ maxActive, maxQueued, maxWaitMs }: AdmissionOptions): Admit & {
  readonly active: number;
  readonly queued: number;
} {
  let active = 0;
  const waiting: { admit: () => void; timer: NodeJS.Timeout }[] = [];

  const release = () => {
    const next = waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      next.admit(); // the slot passes straight to the next request
    } else active--;
  };
  const once = () => {
    let released = false;
    return () => {
      if (!released) {
        released = true;
        release();
      }
    };
  };

  const admit = (() => {
    if (active < maxActive) {
      active++;
      return Promise.resolve(once());
    }
    if (waiting.length >= maxQueued) return Promise.resolve(null);
    return new Promise<(() => void) | null>((resolve) => {
      const entry = {
        admit: () => resolve(once()),
        timer: setTimeout(() => {
          waiting.splice(waiting.indexOf(entry), 1);
          resolve(null);
        }, maxWaitMs),
      };
      waiting.push(entry);
    });
  }) as Admit & { readonly active: number; readonly queued: number };
  Object.defineProperties(admit, {
    active: { get: () => active },
    queued: { get: () => waiting.length },
  });
  return admit;
}
