// The 20 regions and 290 kommuner, their counties and centroids, from the reference data in
// prisma/data/reference/ (README there: sources, licences and the name errors fixed here).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { Database } from "../../lib/database/client";
import { assignSlugs } from "../../lib/organisations/slugs";

const REFERENCE_DIR = path.join(process.cwd(), "prisma", "data", "reference");

// Long names that are wrong in municipalities.csv (reference README, "Notes"): no genitive -s
// after s, x or z, and Gotland, a kommun with a region's tasks, is officially Region Gotland.
// Migration 20261204230000_official_member_names applies the same to existing databases.
const NAME_CORRECTIONS: Record<string, string> = {
  "0880": "Kalmar kommun",
  "0980": "Region Gotland",
  "2080": "Falu kommun",
  "2513": "Överkalix kommun",
  "2514": "Kalix kommun",
};

/** The 20 regions (formerly landsting), keyed by county code. Gotland is a kommun acting as a region. */
const REGIONS: Record<string, string> = {
  "01": "Region Stockholm",
  "03": "Region Uppsala",
  "04": "Region Sörmland",
  "05": "Region Östergötland",
  "06": "Region Jönköpings län",
  "07": "Region Kronoberg",
  "08": "Region Kalmar län",
  "10": "Region Blekinge",
  "12": "Region Skåne",
  "13": "Region Halland",
  "14": "Västra Götalandsregionen",
  "17": "Region Värmland",
  "18": "Region Örebro län",
  "19": "Region Västmanland",
  "20": "Region Dalarna",
  "21": "Region Gävleborg",
  "22": "Region Västernorrland",
  "23": "Region Jämtland Härjedalen",
  "24": "Region Västerbotten",
  "25": "Region Norrbotten",
};

function readCsv<T>(file: string): T[] {
  return parse(readFileSync(path.join(REFERENCE_DIR, file)), {
    columns: true,
    skip_empty_lines: true,
  }) as T[];
}

type CountyRow = { county_code: string; county_name: string; county_name_short: string };
type MunicipalityRow = {
  municipality_code: string;
  municipality_name: string;
  municipality_name_short: string;
  county_code: string;
};
type BoundaryFeature = { properties: { id: string; geo_point_2d: [number, number] } };

function municipalityCentroids(): Map<string, [number, number]> {
  const geojson = JSON.parse(readFileSync(path.join(REFERENCE_DIR, "municipalities.geojson"), "utf8")) as {
    features: BoundaryFeature[];
  };
  return new Map(geojson.features.map((f) => [f.properties.id, f.properties.geo_point_2d]));
}

export async function seedCountiesAndOrganisations(db: Database) {
  const counties = readCsv<CountyRow>("counties.csv");
  await db.county.createMany({
    data: counties.map((c) => ({ code: c.county_code, name: c.county_name, shortName: c.county_name_short })),
  });

  const centroids = municipalityCentroids();
  const municipalities = readCsv<MunicipalityRow>("municipalities.csv");
  const slugs = assignSlugs([
    ...municipalities.map((m) => m.municipality_name_short),
    ...Object.values(REGIONS),
  ]);
  await db.organisation.createMany({
    data: municipalities.map((m) => {
      const centroid = centroids.get(m.municipality_code);
      return {
        code: m.municipality_code,
        kind: "MUNICIPALITY" as const,
        name: NAME_CORRECTIONS[m.municipality_code] ?? m.municipality_name,
        shortName: m.municipality_name_short,
        slug: slugs.get(m.municipality_name_short)!,
        countyCode: m.county_code,
        centroidLat: centroid?.[0],
        centroidLon: centroid?.[1],
        boundaryRef: centroid ? `municipalities.geojson#${m.municipality_code}` : null,
      };
    }),
  });

  await db.organisation.createMany({
    data: Object.entries(REGIONS).map(([countyCode, name]) => ({
      code: countyCode,
      kind: "REGION" as const,
      name,
      shortName: name,
      slug: slugs.get(name)!,
      countyCode,
      boundaryRef: `counties.geojson#${Number(countyCode)}`,
    })),
  });
}
