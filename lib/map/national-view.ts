// The national view as a still picture: what the Leaflet map draws first on /karta (zoom 4 over
// Sweden), projected here as Leaflet projects it (Web Mercator, 256 px tiles), so the picture
// shown while the page loads and the map that replaces it line up to the pixel. Pure: the basemap
// part is written once into public/map/national-view.svg (scripts/build-basemap.ts), the lines
// and markers are drawn over it in the browser from the map data (components/map/map-picture.tsx).
import type { Geometry } from "geojson";
import type { LatLon } from "./geodesic";

/** Where /karta opens without a view in its address. */
export const NATIONAL_VIEW = { zoom: 4, center: [58, 15] as LatLon };

/**
 * The picture's size in pixels at the national zoom, centred on the view's centre: larger than
 * any map box (65vh high, the page's width), so it covers the box on a large screen too.
 */
export const PICTURE = { width: 2400, height: 1600 } as const;

/** Leaflet's latitude limit for Web Mercator (L.Projection.SphericalMercator.MAX_LATITUDE). */
const MAX_LATITUDE = 85.0511287798;

/** A point in Leaflet's layer pixels at `zoom` (L.CRS.EPSG3857.latLngToPoint, unrounded). */
export function projectPoint([lat, lon]: LatLon, zoom: number): { x: number; y: number } {
  const scale = 256 * 2 ** zoom;
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * (Math.PI / 180);
  const y = Math.log(Math.tan(Math.PI / 4 + clamped / 2));
  return { x: scale * (0.5 + lon / 360), y: scale * (0.5 - y / (2 * Math.PI)) };
}

// Leaflet rounds both the view's top left corner (its pixel origin) and every projected point to
// whole pixels; the picture does the same, so its lines fall on the map's pixels.
const ORIGIN = (() => {
  const c = projectPoint(NATIONAL_VIEW.center, NATIONAL_VIEW.zoom);
  return { x: Math.round(c.x - PICTURE.width / 2), y: Math.round(c.y - PICTURE.height / 2) };
})();

/** A point in the picture's own pixels (its centre is the national view's centre). */
export function picturePoint(at: LatLon): { x: number; y: number } {
  const p = projectPoint(at, NATIONAL_VIEW.zoom);
  return { x: Math.round(p.x) - ORIGIN.x, y: Math.round(p.y) - ORIGIN.y };
}

type Point = { x: number; y: number };

function squaredSegmentDistance(p: Point, a: Point, b: Point): number {
  let { x, y } = a;
  let dx = b.x - x;
  let dy = b.y - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p.x - x) * dx + (p.y - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) ({ x, y } = b);
    else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p.x - x;
  dy = p.y - y;
  return dx * dx + dy * dy;
}

/**
 * Douglas–Peucker with a tolerance of one pixel: what Leaflet does to every path before drawing
 * it (smoothFactor 1), so the picture keeps what the map keeps and no more.
 */
export function simplify(points: Point[], tolerance = 1): Point[] {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const limit = tolerance * tolerance;
  while (stack.length) {
    const [first, last] = stack.pop()!;
    let worst = 0;
    let index = 0;
    for (let i = first + 1; i < last; i++) {
      const d = squaredSegmentDistance(points[i]!, points[first]!, points[last]!);
      if (d > worst) [worst, index] = [d, i];
    }
    if (worst > limit) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** A ring or a line as SVG path commands in the picture's pixels ("" when it lies outside it). */
export function pathOf(coordinates: number[][], close: boolean): string {
  const projected = coordinates.map(([lon, lat]) => picturePoint([lat!, lon!]));
  const points = simplify(
    projected.filter((p, i) => i === 0 || p.x !== projected[i - 1]!.x || p.y !== projected[i - 1]!.y),
  );
  const outside =
    points.every((p) => p.x < 0) ||
    points.every((p) => p.x > PICTURE.width) ||
    points.every((p) => p.y < 0) ||
    points.every((p) => p.y > PICTURE.height);
  if (outside || points.length < 2) return "";
  // Whole pixels, each step relative to the one before: a short file.
  const steps = points.slice(1).map((p, i) => `${p.x - points[i]!.x} ${p.y - points[i]!.y}`);
  return `M${points[0]!.x} ${points[0]!.y}l${steps.join(" ")}${close ? "z" : ""}`.replace(/ -/g, "-");
}

/** A polygon's or a line's geometry as one SVG path's commands. */
function geometryPath(geometry: Geometry): string {
  switch (geometry.type) {
    case "Polygon":
      return geometry.coordinates.map((ring) => pathOf(ring, true)).join("");
    case "MultiPolygon":
      return geometry.coordinates.flatMap((polygon) => polygon.map((ring) => pathOf(ring, true))).join("");
    case "LineString":
      return pathOf(geometry.coordinates, false);
    case "MultiLineString":
      return geometry.coordinates.map((line) => pathOf(line, false)).join("");
    default:
      return "";
  }
}

/** The basemap's look, on the map (leaflet-map.tsx) and in the picture alike. */
export const BASEMAP_STYLE = {
  countries: { color: "#a59f93", weight: 0.6, fillColor: "#efebe2" },
  municipalities: { color: "#c9c2b4", weight: 0.4, fillColor: "#f7f4ee" },
  counties: { color: "#6f6a60", weight: 0.9 },
} as const;

type Shapes = { geometry: Geometry }[];

/**
 * The basemap of the national view as an SVG document: the world's countries, the kommuner and
 * the län borders, each as one path, styled and stacked as the map draws them on its canvas.
 */
export function nationalViewSvg(shapes: {
  countries: Shapes;
  municipalities: Shapes;
  counties: Shapes;
}): string {
  const d = (features: Shapes) => features.map((f) => geometryPath(f.geometry)).join("");
  const { countries, municipalities, counties } = BASEMAP_STYLE;
  const layer = (path: string, stroke: string, width: number, fill?: string) =>
    `<path d="${path}" fill="${fill ?? "none"}" fill-rule="evenodd" stroke="${stroke}" stroke-width="${width}"/>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE.width}" height="${PICTURE.height}" viewBox="0 0 ${PICTURE.width} ${PICTURE.height}" stroke-linejoin="round" stroke-linecap="round">`,
    layer(d(shapes.countries), countries.color, countries.weight, countries.fillColor),
    layer(d(shapes.municipalities), municipalities.color, municipalities.weight, municipalities.fillColor),
    layer(d(shapes.counties), counties.color, counties.weight),
    "</svg>\n",
  ].join("\n");
}

/** A link's line (its great-circle points) as SVG path commands in the picture's pixels. */
export const linePath = (points: LatLon[]) =>
  pathOf(
    points.map(([lat, lon]) => [lon, lat]),
    false,
  );
