// Writes the map's offline basemap into public/map/ (committed; rerun after the reference data
// changes): the world's countries from npm world-atlas (Natural Earth, public domain) and
// Sweden's kommun and län boundaries from prisma/data/reference/ as one quantised TopoJSON.
// Usage: npx tsx scripts/build-basemap.ts
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import type { Topology } from "topojson-specification";
import { joinShapes } from "../lib/map/antimeridian";
import { nationalViewSvg } from "../lib/map/national-view";

const root = process.cwd();
const reference = path.join(root, "prisma", "data", "reference");
const out = path.join(root, "public", "map");

type MunicipalityProps = { id: string; kom_namn: string; lan_code: string };
type CountyProps = { name: string; l_id: number };

const readReference = <P>(file: string) =>
  JSON.parse(readFileSync(path.join(reference, file), "utf8")) as FeatureCollection<Geometry, P>;

// Only what the map uses; the kommunkod is the key the map data joins on.
const municipalities = readReference<MunicipalityProps>("municipalities.geojson").features.map(
  (f): Feature => ({
    type: "Feature",
    geometry: f.geometry,
    properties: { code: f.properties.id, name: f.properties.kom_namn },
  }),
);
const counties = readReference<CountyProps>("counties.geojson").features.map((f): Feature => ({
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

// The national view's still picture (lib/map/national-view.ts): what /karta shows until its map
// is built, drawn from the same shapes the map reads.
const read = (file: string) => JSON.parse(readFileSync(path.join(out, file), "utf8")) as Topology;
const world = read("world.topojson");
const swedenShapes = read("sweden.topojson");
const features = (t: Topology, name: string) =>
  (feature(t, t.objects[name]!) as unknown as FeatureCollection<Geometry, object>).features;
writeFileSync(
  path.join(out, "national-view.svg"),
  nationalViewSvg({
    countries: joinShapes({ type: "FeatureCollection", features: features(world, "countries") }).features,
    municipalities: features(swedenShapes, "municipalities"),
    counties: features(swedenShapes, "counties"),
  }),
);
console.log("Wrote public/map/national-view.svg");
