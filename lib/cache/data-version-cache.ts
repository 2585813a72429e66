// Results that take seconds to compute over the whole registry (the map body, the statistics,
// the directory's filter choices), kept in memory and reused until the registry's data changes.
// Computing them for 100,000 partnerships takes seconds; asking whether anything changed takes
// milliseconds, so it is asked on every request and an edit is visible on the very next one.
import type { DbOrTx } from "../database/transaction";

/**
 * The registry's data version, in one cheap query (one scan of each table). Everything the
 * cached results read is covered:
 * - partnerships: created (count, max id), edited, ended, removed or restored (every write goes
 *   through lib/partnerships/guard.ts, which increments `version`, and moves `updatedAt`),
 *   deleted (count); participants, partners, areas and funding are replaced only together with
 *   their partnership's version (lib/partnerships/update.ts, in the same transaction);
 * - organisations (names, groups, centroids, coordination forms): likewise by count and version.
 * The sum of versions catches two edits within the same millisecond, which `updatedAt` alone
 * would not. Not covered, on purpose: reference data (places, countries, networks, counties,
 * municipality groups, cooperation areas, funding forms), written only by the seed and the
 * migrations, which run before the server starts; policy documents and users, which none of
 * the cached results read.
 */
export async function registryDataVersion(db: DbOrTx): Promise<string> {
  const [row] = await db.$queryRaw<{ version: string }[]>`
    SELECT concat_ws('|', p.n, p.top, p.versions, p.changed, o.n, o.top, o.versions, o.changed) AS version
      FROM (SELECT count(*) AS n, max("id") AS top, sum("version") AS versions, max("updatedAt") AS changed FROM "Partnership") p,
           (SELECT count(*) AS n, max("id") AS top, sum("version") AS versions, max("updatedAt") AS changed FROM "Organisation") o`;
  return row!.version;
}

/**
 * A small least-recently-used cache of computations, each remembered with the version it was
 * computed for. Concurrent requests for the same key and version share one computation; a
 * failed computation is forgotten, so the next request tries again.
 */
export class VersionedCache<T> {
  readonly #entries = new Map<string, { version: string; value: Promise<T> }>();

  constructor(readonly maxEntries: number) {}

  get(key: string, version: string, compute: () => Promise<T>): Promise<T> {
    const cached = this.#entries.get(key);
    this.#entries.delete(key); // re-inserted below: Map order is the recency order
    if (cached && cached.version === version) {
      this.#entries.set(key, cached);
      return cached.value;
    }
    const value = compute();
    const entry = { version, value };
    this.#entries.set(key, entry);
    value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    while (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }

  clear() {
    this.#entries.clear();
  }
}

/**
 * A cache of computations over the registry's current data: `get` asks the data version first
 * and recomputes when it moved since the value was computed.
 */
export class RegistryCache<T> {
  readonly #cache: VersionedCache<T>;

  constructor(maxEntries: number) {
    this.#cache = new VersionedCache<T>(maxEntries);
  }

  async get(db: DbOrTx, key: string, compute: () => Promise<T>): Promise<T> {
    return this.#cache.get(key, await registryDataVersion(db), compute);
  }
}
