import "server-only";
// The land outline behind the embedded list's map: the offline basemap's `land` object
// (public/map/world.topojson, Natural Earth 1:110m), read from disk once per process.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Ring } from "./map-svg";

let rings: Promise<Ring[]> | undefined;

/**
 * Natural Earth cuts Russia's and Fiji's rings at ±180° (as components/map/basemap.ts says): drawn
 * as they are, a line crosses the whole map. Moving the points just west of the line one turn east
 * joins them; only those: Eurasia's land ring also holds Africa's west coast, at negative longitudes.
 */
function joinAtAntimeridian(ring: Ring): Ring {
  const crosses = ring.some(([lon]) => lon! > 170) && ring.some(([lon]) => lon! < -170);
  const polar = ring.every(([, lat]) => lat! < -60);
  return crosses && !polar ? ring.map(([lon, lat]) => [lon! < -168 ? lon! + 360 : lon!, lat!]) : ring;
}

async function read(): Promise<Ring[]> {
  const file = path.join(process.cwd(), "public", "map", "world.topojson");
  const topology = JSON.parse(await readFile(file, "utf8")) as Topology<{ land: GeometryCollection }>;
  const land = feature(topology, topology.objects.land);
  return land.features.flatMap((f) => {
    const g = f.geometry as Polygon | MultiPolygon;
    const polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    // Outer rings only: the 1:110m land has few holes (the Caspian), and a hole drawn as land is harmless.
    return polygons.map((polygon) => joinAtAntimeridian(polygon[0] as Ring));
  });
}

/** The world's land as rings of [lon, lat]; a failed read is tried again next time. */
export function landRings(): Promise<Ring[]> {
  rings ??= read().catch((error: unknown) => {
    rings = undefined;
    throw error;
  });
  return rings;
}
