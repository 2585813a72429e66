// What a member page needs to know about its map before the map's data arrives: whether there is
// anything to draw, and where (the view that fits the member's links). The data itself (one line
// per partner place: thousands for the busiest member at 100,000 partnerships, 350 KiB inside the
// page's HTML) is fetched by the browser from /api/v1/map?vald=<code> when the map comes near the
// screen, so the page's size no longer grows with the member's partnerships.
import type { DbOrTx } from "../database/transaction";
import { publicParticipationSql, publicThroughParticipationSql } from "../partnerships/participation";
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

/**
 * `memberMapSummary(loadMapData(db, NO_FILTERS, { organisationId }), organisationId)` as one SQL
 * aggregate: the member's position, and the number and extent of the distinct partner places (or
 * countries, at their capital) of its current public partnerships, without reading each link into
 * JavaScript (Norrtälje's 3,630 partnerships took 0.1–0.3 s on a loaded machine). Positions as the
 * map's data has them (lib/map/map-data.ts): a member without a centroid at its county's
 * municipalities' mean, a country at its capital; networks and free text have none.
 */
export async function loadMemberMapSummary(
  db: DbOrTx,
  organisationId: number,
): Promise<MemberMapSummary | null> {
  const [row] = await db.$queryRawUnsafe<
    {
      code: string;
      name: string;
      lat: number | null;
      lon: number | null;
      lines: number;
      south: number | null;
      west: number | null;
      north: number | null;
      east: number | null;
    }[]
  >(
    `WITH targets AS (
       SELECT DISTINCT CASE WHEN x."placeId" IS NOT NULL THEN 'p' || x."placeId" ELSE 'c:' || x."countryCode" END AS key,
              COALESCE(pl."latitude", cap."latitude") AS lat, COALESCE(pl."longitude", cap."longitude") AS lon
         FROM "PartnershipParticipant" pp
         JOIN "Partnership" p ON p."id" = pp."partnershipId"
         JOIN "PartnershipPartner" x ON x."partnershipId" = p."id"
         LEFT JOIN "Place" pl ON pl."id" = x."placeId"
         LEFT JOIN LATERAL (SELECT cp."latitude", cp."longitude" FROM "Place" cp
                             WHERE x."placeId" IS NULL AND x."networkId" IS NULL AND x."type" = 'COUNTRY'
                               AND cp."countryCode" = x."countryCode" AND cp."featureCode" = 'PPLC'
                             ORDER BY cp."population" DESC LIMIT 1) cap ON true
        WHERE pp."organisationId" = $1 AND ${publicParticipationSql("pp")}
          AND ${publicThroughParticipationSql("p")} AND p."endedOn" IS NULL
          AND (x."placeId" IS NOT NULL OR (x."networkId" IS NULL AND x."type" = 'COUNTRY')))
     SELECT o."code", o."name",
            COALESCE(o."centroidLat", (SELECT AVG(m."centroidLat") FROM "Organisation" m WHERE m."countyCode" = o."countyCode" AND m."kind" = 'MUNICIPALITY')) AS lat,
            COALESCE(o."centroidLon", (SELECT AVG(m."centroidLon") FROM "Organisation" m WHERE m."countyCode" = o."countyCode" AND m."kind" = 'MUNICIPALITY')) AS lon,
            t.lines, t.south, t.west, t.north, t.east
       FROM "Organisation" o,
            (SELECT count(*)::int AS lines, MIN(lat) AS south, MIN(lon) AS west, MAX(lat) AS north, MAX(lon) AS east
               FROM targets WHERE lat IS NOT NULL AND lon IS NOT NULL) t
      WHERE o."id" = $1`,
    organisationId,
  );
  if (!row || row.lat === null || row.lon === null || row.lines === 0) return null;
  const { lat, lon } = row;
  return {
    code: row.code,
    name: row.name,
    lines: row.lines,
    bounds: [
      [Math.min(lat, row.south!), Math.min(lon, row.west!)],
      [Math.max(lat, row.north!), Math.max(lon, row.east!)],
    ],
  };
}

/** The address the member map fetches its data from: the national map's API, this member's links only. */
export function memberMapDataUrl(code: string, locale: string): string {
  const query = new URLSearchParams({ [MAP_PARAMS.member]: code });
  if (locale === "en") query.set("sprak", "en");
  return `/api/v1/map?${query.toString()}`;
}
