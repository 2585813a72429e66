// Natural Earth cuts Russia's and Fiji's rings at ±180°; drawn as they are, a map joins the cut
// ends with a line across the whole world. Used by the map's basemap (components/map/basemap.ts)
// and its still picture (scripts/build-basemap.ts).
import type { FeatureCollection, Geometry } from "geojson";

type Ring = number[][];

/**
 * Moving such a ring's western points one turn east makes it continuous (Chukotka continues
 * past 180°). Antarctica, which spans every longitude, is left alone.
 */
function joinAtAntimeridian(ring: Ring): Ring {
  const crosses = ring.some(([lon]) => lon! > 170) && ring.some(([lon]) => lon! < -170);
  const polar = ring.every(([, lat]) => lat! < -60);
  return crosses && !polar ? ring.map(([lon, lat]) => [lon! < 0 ? lon! + 360 : lon!, lat!]) : ring;
}

export function joinShapes<T extends FeatureCollection<Geometry, object>>(collection: T): T {
  for (const f of collection.features) {
    const g = f.geometry;
    if (g.type === "Polygon") g.coordinates = g.coordinates.map(joinAtAntimeridian);
    else if (g.type === "MultiPolygon")
      g.coordinates = g.coordinates.map((polygon) => polygon.map(joinAtAntimeridian));
  }
  return collection;
}
