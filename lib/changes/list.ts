// Reading the public change list: publish what is pending, then one page after a cursor.
import type { Database } from "../database/client";
import { registryDataVersion } from "../cache/data-version-cache";
import { encodeCursor } from "./cursor";
import { publishAll } from "./publish";
import { changePageSchema, type ChangePage } from "./schema";

export const DEFAULT_CHANGE_PAGE = 100;
export const MAX_CHANGE_PAGE = 500;

// The data version of the last full comparison in this process: while it stands, nothing can be
// pending (every write moves it), so a read costs one cheap query instead of a comparison.
const swept = globalThis as typeof globalThis & { __publicChangesSwept?: string };

/** Publishes whatever a write left unpublished (the seed, a write outside lib/partnerships). */
export async function catchUp(db: Database) {
  const version = await registryDataVersion(db);
  if (swept.__publicChangesSwept === version) return;
  await publishAll(db);
  swept.__publicChangesSwept = version;
}

/** When the public data last changed (the newest public change), or null before the first. */
export async function lastPublicChangeAt(db: Database): Promise<Date | null> {
  await catchUp(db);
  const last = await db.publicChange.findFirst({ orderBy: { id: "desc" }, select: { at: true } });
  return last?.at ?? null;
}

/** The changes after `since` (0n: from the start), oldest first, at most `limit`. */
export async function listChanges(db: Database, since: bigint, limit: number): Promise<ChangePage> {
  await catchUp(db);
  const rows = await db.publicChange.findMany({
    where: { id: { gt: since } },
    orderBy: { id: "asc" },
    take: limit + 1,
    omit: { previous: true, memberCodes: true },
  });
  const page = rows.slice(0, limit);
  return changePageSchema.parse({
    changes: page.map((c) => ({
      cursor: encodeCursor(c.id),
      at: c.at.toISOString(),
      entity: c.entityType,
      id: c.entityId,
      change: c.kind,
      data: c.payload,
    })),
    next: encodeCursor(page.at(-1)?.id ?? since),
    more: rows.length > limit,
  });
}
