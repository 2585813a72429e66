// The offline basemap's shapes (public/map/, written by scripts/build-basemap.ts), fetched once
// per page from the site itself: no request leaves it.
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { joinShapes } from "@/lib/map/antimeridian";
import { BASEMAP_FILES } from "@/lib/map/basemap-files";

export type BasemapShapes = {
  countries: FeatureCollection<Geometry, { name: string }>;
  municipalities: FeatureCollection<Geometry, { code: string; name: string }>;
  counties: FeatureCollection<Geometry, { code: string; name: string }>;
};

let loading: Promise<BasemapShapes> | undefined;

async function topology(url: string): Promise<Topology> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as Topology;
}

/** A new task: the page answers input between two pieces of the basemap's work (total blocking time). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function convert(world: Topology, sweden: Topology): Promise<BasemapShapes> {
  const countries = joinShapes(
    feature(world, world.objects.countries!) as unknown as BasemapShapes["countries"],
  );
  await nextTask();
  const municipalities = feature(
    sweden,
    sweden.objects.municipalities!,
  ) as unknown as BasemapShapes["municipalities"];
  await nextTask();
  const counties = feature(sweden, sweden.objects.counties!) as unknown as BasemapShapes["counties"];
  return { countries, municipalities, counties };
}

export function loadBasemap(): Promise<BasemapShapes> {
  loading ??= Promise.all([topology(BASEMAP_FILES[0]), topology(BASEMAP_FILES[1])]).then(([world, sweden]) =>
    convert(world, sweden),
  );
  loading.catch(() => (loading = undefined)); // a failed load may be retried
  return loading;
}
