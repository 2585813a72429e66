// The map data's HTTP body, built once per selection and reused until the data changes.
// Building it for 100,000 partnerships takes seconds (one large join); checking whether
// anything changed takes milliseconds, so every request after the first answers from memory.
import { etagOf } from "../api/http";
import type { Database } from "../database/client";
import type { DirectoryFilters } from "../directory/types";
import { loadMapData } from "./map-data";
import { forTransfer } from "./model";

export type MapBody = { json: Buffer; etag: string };

const MAX_ENTRIES = 8;
// Selection (the canonical query string) -> body, least recently used first.
const cache = new Map<string, { version: string; body: Promise<MapBody> }>();

/**
 * What the map data depends on, in one cheap query: any partnership created, edited, ended,
 * removed or restored moves the count or the latest `updatedAt` (participants and partners
 * are edited through their partnership, which bumps its version); members likewise. Places,
 * countries and networks are reference data, replaced only by a new seed.
 */
async function dataVersion(db: Database): Promise<string> {
  const [row] = await db.$queryRaw<{ version: string }[]>`
    SELECT concat_ws('|', (SELECT count(*) FROM "Partnership"), (SELECT max("updatedAt") FROM "Partnership"),
                          (SELECT count(*) FROM "Organisation"), (SELECT max("updatedAt") FROM "Organisation")) AS version`;
  return row!.version;
}

async function buildBody(db: Database, filters: DirectoryFilters, organisationId?: number): Promise<MapBody> {
  // A whole selection is sent as the browser will draw it; one member's links always in full.
  const data = await loadMapData(db, filters, { organisationId });
  const json = Buffer.from(JSON.stringify(organisationId === undefined ? forTransfer(data) : data));
  return { json, etag: etagOf(json) };
}

/** `selection`: the canonical query string (filters, and the member if one is asked for). */
export async function mapBody(db: Database, selection: string, filters: DirectoryFilters, organisationId?: number): Promise<MapBody> {
  const version = await dataVersion(db);
  const cached = cache.get(selection);
  cache.delete(selection);
  if (cached && cached.version === version) {
    cache.set(selection, cached);
    return cached.body;
  }
  const body = buildBody(db, filters, organisationId);
  cache.set(selection, { version, body });
  body.catch(() => cache.delete(selection)); // a failure is not remembered
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return body;
}
