// The data of public pages and API answers, computed once per data version and then served from
// this process's memory. Only data is kept, never rendered HTML: pages still render per request
// (each has its own CSP nonce, and a signed-in visitor sees their own header), so nothing one
// visitor sees can reach another. Never stale: every call first reads the registry's data version
// (one indexed read, once per request for server components), and a value computed for an older
// version is never returned. Each app server keeps its own copy; they share nothing but the
// database, whose counter row tells each of them about every write on its next request.
import { cache } from "react";
import { etagOf } from "../api/http";
import type { DbOrTx } from "../database/transaction";
import { registryDataVersion, VersionedCache } from "./data-version-cache";
import { cacheKey } from "./cache-key";

// About a thousand pages' data (a page of 50 rows is tens of kB): bounded memory per process,
// and a crawler walking every page of /samarbeten only evicts the least recently used.
const MAX_ENTRIES = 1_000;

// An entry of an older version is replaced when its key is next asked for, or evicted by size.
const values = new VersionedCache<unknown>(MAX_ENTRIES);

/**
 * The version a cached value must match: the data version, and the UTC day, so that anything a
 * read derives from today's date (an inventory round that closed, a "current" year) is redone
 * at least daily. Read once per request where React's request cache applies (server components);
 * in route handlers once per call.
 */
const currentVersion = cache(
  async (db: DbOrTx) => `${await registryDataVersion(db)}|${new Date().toISOString().slice(0, 10)}`,
);

/**
 * `compute()` for this data version, from memory when already computed. `name` and `args` make
 * the key: `args` must be everything the computation depends on besides the database (plain
 * values, arrays, objects, sets; see cacheKey). The value is shared between requests: never
 * mutate it.
 */
export async function publicRead<T>(
  db: DbOrTx,
  name: string,
  args: unknown,
  compute: () => Promise<T>,
): Promise<T> {
  const version = await currentVersion(db);
  return values.get(`${name}:${cacheKey(args)}`, version, compute) as Promise<T>;
}

type CachedJson = { body: string; etag: string };

/** An API answer's JSON body and ETag, serialised once per data version. */
export function publicJson(
  db: DbOrTx,
  name: string,
  args: unknown,
  compute: () => Promise<unknown>,
): Promise<CachedJson> {
  return publicRead(db, `json:${name}`, args, async () => {
    const body = JSON.stringify(await compute());
    return { body, etag: etagOf(body) };
  });
}
