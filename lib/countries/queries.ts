// Reads of the Country table for the public pages.
import type { Database } from "../database/client";

/** A country by its ISO 3166-1 alpha-2 code ("SE"), or null. */
export function findCountryByCode(db: Database, code: string) {
  return db.country.findUnique({ where: { code } });
}
