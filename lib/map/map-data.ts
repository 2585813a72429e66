import type { Database } from "../database/client";
import type { DirectoryFilters } from "../directory/types";
import { publicParticipationSql } from "../partnerships/participation";
import { publicPartnershipIds } from "../partnerships/queries";
import type { Locale } from "../i18n/config";
import { partnerLabel } from "../partnerships/partner-label";
import type { MapOverview } from "./model";

/**
 * What the map draws, in a compact array form (100,000 links stay a few MB):
 * - members:  [organisationId, code, "M" | "R", name, slug, lat, lon]
 * - targets:  [key, name, countryCode, lat, lon]; key "p123" is a GeoNames place, "c:SC" a
 *             whole country (drawn at its capital), "n:4" a network (no position: listed only)
 * - links:    [partnershipId, memberIndex, targetIndex, kind, activity, flags]
 *             kind T/M/O (vänort, kommunalt partnerskap, annat), activity A/S/D or "" (not
 *             reported), flags: bit 1 ended, bit 2 not verified.
 */
export type MapData = {
  members: [number, string, "M" | "R", string, string, number | null, number | null][];
  targets: [string, string, string | null, number | null, number | null][];
  links: [number, number, number, "T" | "M" | "O", "A" | "S" | "D" | "", number][];
  /** Instead of targets and links when a selection is too large to draw link by link (model.ts forTransfer). */
  overview?: MapOverview;
};

type LinkRow = {
  partnershipId: number;
  organisationId: number;
  kind: "TWIN_TOWN" | "MUNICIPAL_PARTNERSHIP" | "OTHER";
  activityLevel: "ACTIVE" | "SPORADIC" | "DORMANT" | null;
  ended: boolean;
  unverified: boolean;
  targetKey: string;
  partnerName: string | null;
  placeName: string | null;
  networkName: string | null;
  countryNameSv: string | null;
  countryNameEn: string | null;
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
};

// A target is named by the tables' rule (partnerLabel): "Vasa (Vaasa)" in Swedish, "Vaasa" in English.
const targetLabel = (l: LinkRow, locale: Locale) =>
  partnerLabel(
    {
      name: l.partnerName,
      place: l.placeName === null ? null : { name: l.placeName },
      network: l.networkName === null ? null : { name: l.networkName },
      country:
        l.countryNameSv === null || l.countryNameEn === null
          ? null
          : { nameSv: l.countryNameSv, nameEn: l.countryNameEn },
    },
    locale,
  );

const KIND_CODE = { TWIN_TOWN: "T", MUNICIPAL_PARTNERSHIP: "M", OTHER: "O" } as const;
const ACTIVITY_CODE = { ACTIVE: "A", SPORADIC: "S", DORMANT: "D" } as const;

/**
 * The map's data for a directory selection. Prisma selects the partnerships (so a filter
 * means what it means on /samarbeten); one SQL statement then reads every member–partner
 * pair of them (with `organisationId`: only that member's, for its own page's map). Regions
 * without a centroid of their own are placed at the mean of their
 * county's municipalities; a whole country at its capital.
 */
export async function loadMapData(
  db: Database,
  filters: DirectoryFilters,
  options: { organisationId?: number; locale?: Locale } = {},
): Promise<MapData> {
  const { organisationId, locale = "sv" } = options;
  const ids = await publicPartnershipIds(db, filters, organisationId);
  const [members, links] = await Promise.all([
    db.$queryRaw<
      {
        id: number;
        code: string;
        kind: string;
        name: string;
        slug: string;
        lat: number | null;
        lon: number | null;
      }[]
    >`
      SELECT o."id", o."code", o."kind"::text AS kind, o."name", o."slug",
             COALESCE(o."centroidLat", (SELECT AVG(m."centroidLat") FROM "Organisation" m WHERE m."countyCode" = o."countyCode" AND m."kind" = 'MUNICIPALITY')) AS lat,
             COALESCE(o."centroidLon", (SELECT AVG(m."centroidLon") FROM "Organisation" m WHERE m."countyCode" = o."countyCode" AND m."kind" = 'MUNICIPALITY')) AS lon
        FROM "Organisation" o ORDER BY o."id"`,
    ids.length === 0
      ? Promise.resolve([] as LinkRow[])
      : db.$queryRawUnsafe<LinkRow[]>(
          `SELECT p."id" AS "partnershipId", pp."organisationId", p."kind"::text AS kind, p."activityLevel"::text AS "activityLevel",
                  p."endedOn" IS NOT NULL AS ended, p."verification" = 'NEEDS_REVIEW' AS unverified,
                  CASE WHEN x."placeId" IS NOT NULL THEN 'p' || x."placeId"
                       WHEN x."networkId" IS NOT NULL THEN 'n:' || x."networkId"
                       WHEN x."type" = 'COUNTRY' THEN 'c:' || x."countryCode"
                       ELSE 'x:' || x."id" END AS "targetKey",
                  x."name" AS "partnerName", pl."name" AS "placeName", n."name" AS "networkName",
                  c."nameSv" AS "countryNameSv", c."nameEn" AS "countryNameEn",
                  COALESCE(pl."countryCode", x."countryCode") AS "countryCode",
                  COALESCE(pl."latitude", cap."latitude") AS lat,
                  COALESCE(pl."longitude", cap."longitude") AS lon
             FROM "Partnership" p
             JOIN "PartnershipParticipant" pp ON pp."partnershipId" = p."id" AND ${publicParticipationSql("pp")}
             JOIN "PartnershipPartner" x ON x."partnershipId" = p."id"
             LEFT JOIN "Place" pl ON pl."id" = x."placeId"
             LEFT JOIN "Network" n ON n."id" = x."networkId"
             LEFT JOIN "Country" c ON c."code" = x."countryCode"
             LEFT JOIN LATERAL (SELECT cp."latitude", cp."longitude" FROM "Place" cp
                                 WHERE x."type" = 'COUNTRY' AND cp."countryCode" = x."countryCode" AND cp."featureCode" = 'PPLC'
                                 ORDER BY cp."population" DESC LIMIT 1) cap ON true
            WHERE p."id" = ANY($1::int[]) AND ($2::int IS NULL OR pp."organisationId" = $2::int)
            ORDER BY p."id", pp."organisationId", x."position"`,
          ids,
          organisationId ?? null,
        ),
  ]);

  const memberIndex = new Map(members.map((m, i) => [m.id, i]));
  const targetIndex = new Map<string, number>();
  const targets: MapData["targets"] = [];
  const mapLinks: MapData["links"] = links.map((l) => {
    let index = targetIndex.get(l.targetKey);
    if (index === undefined) {
      index = targets.push([l.targetKey, targetLabel(l, locale), l.countryCode, l.lat, l.lon]) - 1;
      targetIndex.set(l.targetKey, index);
    }
    const flags = (l.ended ? 1 : 0) | (l.unverified ? 2 : 0);
    return [
      l.partnershipId,
      memberIndex.get(l.organisationId)!,
      index,
      KIND_CODE[l.kind],
      l.activityLevel ? ACTIVITY_CODE[l.activityLevel] : "",
      flags,
    ];
  });
  return {
    members: members.map((m) => [
      m.id,
      m.code,
      m.kind === "MUNICIPALITY" ? "M" : "R",
      m.name,
      m.slug,
      m.lat,
      m.lon,
    ]),
    targets,
    links: mapLinks,
  };
}
