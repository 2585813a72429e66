// What a member page needs to know about its map before the map's data arrives: whether there is
// anything to draw, and where (the view that fits the member's links). The data itself (one line
// per partner place: thousands for the busiest member at 100,000 partnerships, 350 KiB inside the
// page's HTML) is fetched by the browser from /api/v1/map?vald=<code> when the map comes near the
// screen, so the page's size no longer grows with the member's partnerships.
import type { MapData } from "./map-data";
import { pairLinks } from "./model";
import { MAP_PARAMS } from "./view-state";

type LatLon = [lat: number, lon: number];

export type MemberMapSummary = {
  /** The member's kommunkod or county code: the map API's `vald`. */
  code: string;
  name: string;
  /** How many member–place lines the map will draw. */
  lines: number;
  /** South-west and north-east corners of the member's links. */
  bounds: [LatLon, LatLon];
};

/** The summary of one member's map data (`loadMapData` with its organisationId), or null when nothing has a position. */
export function memberMapSummary(data: MapData, organisationId: number): MemberMapSummary | null {
  const index = data.members.findIndex((m) => m[0] === organisationId);
  if (index < 0) return null;
  const lines = pairLinks(data, index);
  if (lines.length === 0) return null;
  const points = lines.flatMap((l) => [l.from, l.to]);
  const lats = points.map((p) => p[0]);
  const lons = points.map((p) => p[1]);
  const [, code, , name] = data.members[index]!;
  return {
    code,
    name,
    lines: lines.length,
    bounds: [
      [Math.min(...lats), Math.min(...lons)],
      [Math.max(...lats), Math.max(...lons)],
    ],
  };
}

/** The address the member map fetches its data from: the national map's API, this member's links only. */
export function memberMapDataUrl(code: string, locale: string): string {
  const query = new URLSearchParams({ [MAP_PARAMS.member]: code });
  if (locale === "en") query.set("sprak", "en");
  return `/api/v1/map?${query.toString()}`;
}
