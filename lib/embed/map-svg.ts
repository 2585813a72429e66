// The embedded list's small map: a static SVG drawn on the server (no script, no tiles, no
// request to anyone), the land outline clipped to the partners' area, a line from the member to
// each partner place. Pure: map-svg.test.ts.

/** A ring of [lon, lat] pairs. */
export type Ring = number[][];
export type LonLat = { lat: number; lon: number };

export const MAP_WIDTH = 320;
export const MAP_HEIGHT = 200;
// Around the points, in degrees; and the smallest area shown, so that a neighbour's twin town
// does not fill the whole map.
const PADDING = 0.12;
const MIN_SPAN = 10;

type View = { west: number; east: number; south: number; north: number; project: (p: number[]) => number[] };

function viewOf(points: LonLat[]): View {
  let west = Math.min(...points.map((p) => p.lon));
  let east = Math.max(...points.map((p) => p.lon));
  let south = Math.min(...points.map((p) => p.lat));
  let north = Math.max(...points.map((p) => p.lat));
  const grow = (lo: number, hi: number): [number, number] => {
    const span = Math.max(hi - lo, MIN_SPAN) * (1 + 2 * PADDING);
    const mid = (lo + hi) / 2;
    return [mid - span / 2, mid + span / 2];
  };
  [west, east] = grow(west, east);
  [south, north] = grow(south, north);
  south = Math.max(south, -85);
  north = Math.min(north, 85);
  // Equirectangular, longitudes shortened by the cosine of the middle latitude: near enough for
  // an overview, and straight lines stay straight.
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = Math.min(MAP_WIDTH / ((east - west) * k), MAP_HEIGHT / (north - south));
  const x0 = (MAP_WIDTH - (east - west) * k * scale) / 2;
  const y0 = (MAP_HEIGHT - (north - south) * scale) / 2;
  // The view widens to the SVG's aspect, so rings just outside the points' box are drawn too.
  const extraLon = x0 / (k * scale);
  const extraLat = y0 / scale;
  return {
    west: west - extraLon,
    east: east + extraLon,
    south: south - extraLat,
    north: north + extraLat,
    project: ([lon, lat]) => [x0 + (lon! - west) * k * scale, y0 + (north - lat!) * scale],
  };
}

const r = (n: number) => Math.round(n);

// Land is drawn to this precision: at 320 pixels the 1:110m outline has far more points than
// can be seen, and every point costs bytes of the page (the whole world is about 25 kB unsimplified).
const MIN_STEP_PX = 2.5;
const MIN_RING_PX = 3;

/**
 * A ring as SVG path data in whole pixels, relative moves ("l dx dy", the shortest form), points
 * closer than MIN_STEP_PX to the last kept one dropped; "" when it is outside or too small to see.
 */
function ringPath(ring: Ring, view: View): string {
  const lons = ring.map((p) => p[0]!);
  const lats = ring.map((p) => p[1]!);
  if (
    Math.max(...lons) < view.west ||
    Math.min(...lons) > view.east ||
    Math.max(...lats) < view.south ||
    Math.min(...lats) > view.north
  )
    return "";
  // Far outside the frame a point only needs to keep the shape closed: clamp it to a margin.
  const clamp = (v: number, max: number) => r(Math.max(-20, Math.min(max + 20, v)));
  const kept: number[][] = [];
  for (const point of ring) {
    const [x, y] = view.project(point);
    const xy = [clamp(x!, MAP_WIDTH), clamp(y!, MAP_HEIGHT)];
    const last = kept.at(-1);
    if (!last || Math.hypot(xy[0]! - last[0]!, xy[1]! - last[1]!) >= MIN_STEP_PX) kept.push(xy);
  }
  const xs = kept.map((p) => p[0]!);
  const ys = kept.map((p) => p[1]!);
  if (
    kept.length < 3 ||
    (Math.max(...xs) - Math.min(...xs) < MIN_RING_PX && Math.max(...ys) - Math.min(...ys) < MIN_RING_PX)
  )
    return "";
  const moves = kept.slice(1).map((p, i) => `${p[0]! - kept[i]![0]!} ${p[1]! - kept[i]![1]!}`);
  // SVG path syntax needs no space before a minus sign.
  return `M${kept[0]![0]} ${kept[0]![1]}l${moves.join(" ")}z`.replace(/ -/g, "-");
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The map as an SVG element with an accessible name (`title`, which says what it shows: the list
 * below carries the same content as text). Undefined without the member's position or partners'.
 */
export function embedMapSvg(input: {
  member: LonLat | null;
  partners: LonLat[];
  land: Ring[];
  colour: string;
  title: string;
}): string | undefined {
  const { member, partners, land, colour, title } = input;
  if (!member || partners.length === 0) return undefined;
  const view = viewOf([member, ...partners]);
  const landPath = land.map((ring) => ringPath(ring, view)).join("");
  const [mx, my] = view.project([member.lon, member.lat]).map(r);
  const seen = new Set<string>();
  const targets: number[][] = [];
  for (const p of partners) {
    const xy = view.project([p.lon, p.lat]).map(r);
    const key = xy.join(" ");
    if (!seen.has(key)) targets.push(xy);
    seen.add(key);
  }
  const lines = targets.map(([x, y]) => `M${mx} ${my}L${x} ${y}`).join("");
  const dots = targets.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="3"/>`).join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}" width="${MAP_WIDTH}" height="${MAP_HEIGHT}" role="img" aria-labelledby="map-title">` +
    `<title id="map-title">${escapeXml(title)}</title>` +
    `<rect width="${MAP_WIDTH}" height="${MAP_HEIGHT}" fill="#eef3f7"/>` +
    `<path d="${landPath}" fill="#dcdcd4" stroke="#b5b5aa" stroke-width=".5"/>` +
    `<path d="${lines}" stroke="#${colour}" stroke-width="1.2" fill="none" opacity=".8"/>` +
    `<g fill="#${colour}" stroke="#fff" stroke-width="1">${dots}</g>` +
    `<circle cx="${mx}" cy="${my}" r="5" fill="#1a1a1a" stroke="#fff" stroke-width="1.5"/>` +
    `</svg>`
  );
}
