import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Workaround for prisma/orm issue 27403: through adapter-pg, the WASM schema engine cannot
// deserialise pg_catalog columns of type `name` (OID 19) or `char` (OID 18). Reporting them
// as `text` (OID 25) lets `migrate deploy/dev/diff` read the catalog. Only the migration
// adapter needs this; remove it once the upstream issue is fixed.
const CATALOG_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

function asText<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as pg.QueryResult | undefined)?.fields ?? []) {
      if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

class CatalogTextClient extends pg.Client {
  // pg's query() has many overloads (promise and callback forms); wrap both.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const callbackIndex = args.findIndex((a) => typeof a === "function");
    if (callbackIndex >= 0) {
      const callback = args[callbackIndex];
      args[callbackIndex] = (err: Error | null, result: unknown) =>
        callback(err, err ? result : asText(result));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const returned = (super.query as any)(...args);
    return typeof returned?.then === "function" ? returned.then(asText) : returned;
  }
}

/** The driver adapter the Prisma CLI uses for migrations (WASM schema engine, no native binary). */
export function createMigrationAdapter(connectionString: string) {
  return new PrismaPg({ connectionString, Client: CatalogTextClient as unknown as typeof pg.Client });
}
