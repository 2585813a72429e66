// Writes the map's offline basemap into public/map/ (committed; rerun after the reference data
// changes): the world's countries from npm world-atlas (Natural Earth, public domain) and
// Sweden's kommun and län boundaries from prisma/data/reference/ as one quantised TopoJSON.
// Usage: npx tsx scripts/build-basemap.ts
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { topology } from "topojson-server";
import type { Feature, FeatureCollection, Geometry } from "geojson";

const root = process.cwd();
const reference = path.join(root, "prisma", "data", "reference");
const out = path.join(root, "public", "map");

type MunicipalityProps = { id: string; kom_namn: string; lan_code: string };
type CountyProps = { name: string; l_id: number };

const read = <P>(file: string) =>
  JSON.parse(readFileSync(path.join(reference, file), "utf8")) as FeatureCollection<Geometry, P>;

// Only what the map uses; the kommunkod is the key the map data joins on.
const municipalities = read<MunicipalityProps>("municipalities.geojson").features.map((f): Feature => ({
  type: "Feature",
  geometry: f.geometry,
  properties: { code: f.properties.id, name: f.properties.kom_namn },
}));
const counties = read<CountyProps>("counties.geojson").features.map((f): Feature => ({
  type: "Feature",
  geometry: f.geometry,
  properties: { code: String(f.properties.l_id).padStart(2, "0"), name: f.properties.name },
}));

const collection = (features: Feature[]): FeatureCollection => ({ type: "FeatureCollection", features });
const sweden = topology({ municipalities: collection(municipalities), counties: collection(counties) }, 1e5);
writeFileSync(path.join(out, "sweden.topojson"), JSON.stringify(sweden));
copyFileSync(
  path.join(root, "node_modules", "world-atlas", "countries-110m.json"),
  path.join(out, "world.topojson"),
);
console.log("Wrote public/map/sweden.topojson and public/map/world.topojson");
