// The map data's HTTP body, built once per selection and reused until the data changes.
// Building it for 100,000 partnerships takes seconds (one large join); lib/cache checks on
// every request whether anything changed, so every request after the first answers from memory.
import { etagOf } from "../api/http";
import { RegistryCache } from "../cache/data-version-cache";
import type { Database } from "../database/client";
import type { Locale } from "../i18n/config";
import type { DirectoryFilters } from "../directory/types";
import { loadMapData } from "./map-data";
import { forTransfer } from "./model";

export type MapBody = { json: Buffer; etag: string };

// Selection (the canonical query string) -> body, for the current data version.
const cache = new RegistryCache<MapBody>(8);

async function buildBody(
  db: Database,
  filters: DirectoryFilters,
  organisationId: number | undefined,
  locale: Locale,
): Promise<MapBody> {
  // A whole selection is sent as the browser will draw it; one member's links always in full.
  const data = await loadMapData(db, filters, { organisationId, locale });
  const json = Buffer.from(JSON.stringify(organisationId === undefined ? forTransfer(data) : data));
  return { json, etag: etagOf(json) };
}

/**
 * `selection`: the canonical query string (filters, the member if one is asked for, and the
 * language of the partners' names).
 * Places, countries and networks are reference data (see registryDataVersion).
 */
export function mapBody(
  db: Database,
  selection: string,
  filters: DirectoryFilters,
  organisationId?: number,
  locale: Locale = "sv",
): Promise<MapBody> {
  return cache.get(db, selection, () => buildBody(db, filters, organisationId, locale));
}
