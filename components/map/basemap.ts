// The offline basemap's shapes (public/map/, written by scripts/build-basemap.ts), fetched once
// per page from the site itself: no request leaves it.
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";

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

export function loadBasemap(): Promise<BasemapShapes> {
  loading ??= Promise.all([topology("/map/world.topojson"), topology("/map/sweden.topojson")]).then(([world, sweden]) => ({
    countries: feature(world, world.objects.countries!) as unknown as BasemapShapes["countries"],
    municipalities: feature(sweden, sweden.objects.municipalities!) as unknown as BasemapShapes["municipalities"],
    counties: feature(sweden, sweden.objects.counties!) as unknown as BasemapShapes["counties"],
  }));
  loading.catch(() => (loading = undefined)); // a failed load may be retried
  return loading;
}
