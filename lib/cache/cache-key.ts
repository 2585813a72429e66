/**
 * A string that is equal for two arguments exactly when they mean the same read: plain values,
 * arrays (in order), sets (in any order), plain objects (keys in any order, undefined entries
 * left out) and dates. Anything else (a class instance, a function, a map) is refused rather
 * than risk two different reads sharing a key, as JSON.stringify would for two sets.
 */
export function cacheKey(value: unknown): string {
  return JSON.stringify(canonical(value));
}

function canonical(value: unknown): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (value === undefined) return { undefined: true };
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Set)
    return {
      set: [...value]
        .map(canonical)
        .map((v) => JSON.stringify(v))
        .sort(),
    };
  if (value instanceof Date) return { date: value.toISOString() };
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  throw new TypeError(`cacheKey: cannot key a ${typeof value} (${Object.prototype.toString.call(value)})`);
}
