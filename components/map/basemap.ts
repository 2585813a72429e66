// The offline basemap's shapes (public/map/, written by scripts/build-basemap.ts), fetched once
// per page from the site itself: no request leaves it.
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { BASEMAP_FILES } from "@/lib/map/basemap-files";

export type BasemapShapes = {
  countries: FeatureCollection<Geometry, { name: string }>;
  municipalities: FeatureCollection<Geometry, { code: string; name: string }>;
  counties: FeatureCollection<Geometry, { code: string; name: string }>;
};

type Ring = number[][];

/**
 * Natural Earth cuts Russia's and Fiji's rings at ±180°; drawn as they are, Leaflet joins the
 * cut ends with a line across the whole map. Moving such a ring's western points one turn
 * east makes it continuous (Chukotka continues past 180°). Antarctica, which spans every
 * longitude, is left alone.
 */
function joinAtAntimeridian(ring: Ring): Ring {
  const crosses = ring.some(([lon]) => lon! > 170) && ring.some(([lon]) => lon! < -170);
  const polar = ring.every(([, lat]) => lat! < -60);
  return crosses && !polar ? ring.map(([lon, lat]) => [lon! < 0 ? lon! + 360 : lon!, lat!]) : ring;
}

function joinShapes<T extends FeatureCollection<Geometry, object>>(collection: T): T {
  for (const f of collection.features) {
    const g = f.geometry;
    if (g.type === "Polygon") g.coordinates = g.coordinates.map(joinAtAntimeridian);
    else if (g.type === "MultiPolygon")
      g.coordinates = g.coordinates.map((polygon) => polygon.map(joinAtAntimeridian));
  }
  return collection;
}

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
