// Results that take seconds to compute over the whole registry (the map body, the statistics,
// the directory's filter choices), kept in memory and reused until the registry's data changes.
// Computing them for 100,000 partnerships takes seconds; asking whether anything changed takes
// milliseconds, so it is asked on every request and an edit is visible on the very next one.
import type { DbOrTx } from "../database/transaction";

/**
 * The registry's data version: one indexed read of the counter row that statement triggers move
 * in the same transaction as every write to a table public output reads (partnerships and their
 * participants, partners, areas and funding; organisations; policy documents; places, countries,
 * networks and the other reference data; audit events; inventory rounds; see migration
 * 20261205014500_data_version). A reader therefore sees a new version exactly when it can see
 * the new data: never the new data under the old version. Two app servers on one database read
 * the same row, so an edit through one is seen by the other on its next request. The epoch tells
 * databases apart (a recreated test database starts at 1 again).
 */
export async function registryDataVersion(db: DbOrTx): Promise<string> {
  const [row] = await db.$queryRaw<{ version: string }[]>`
    SELECT "epoch" || ':' || "version" AS version FROM "DataVersion" WHERE "id" = 1`;
  if (!row) throw new Error('The "DataVersion" row is missing: apply the migrations.');
  return row.version;
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
