// Reads the statistics dataset (dataset.ts) for the registry's current state.
import type { DbOrTx } from "../database/transaction";
import { statsDatasetSchema, type StatsDataset } from "./dataset";

type PartnershipRow = StatsDataset["partnerships"][number];

/**
 * Current partnerships (not ended, not removed: `currentPartnership` in
 * lib/directory/partnership-where.ts, spelled out in SQL) with their participants, partner
 * countries, areas and funding, as one JSON text built by PostgreSQL and parsed once. With
 * 100,000 partnerships Prisma's nested reads take several seconds; this takes a fraction.
 */
async function currentPartnerships(db: DbOrTx): Promise<PartnershipRow[]> {
  const [row] = await db.$queryRaw<{ data: string | null }[]>`
    SELECT json_agg(json_build_object(
      'id', p."id",
      'kind', p."kind",
      'activityLevel', p."activityLevel",
      'participantIds', COALESCE((SELECT json_agg(pp."organisationId" ORDER BY pp."organisationId") FROM "PartnershipParticipant" pp WHERE pp."partnershipId" = p."id"), '[]'),
      'countryCodes', COALESCE((SELECT json_agg(DISTINCT COALESCE(pl."countryCode", x."countryCode"))
                                  FROM "PartnershipPartner" x LEFT JOIN "Place" pl ON pl."id" = x."placeId"
                                 WHERE x."partnershipId" = p."id" AND COALESCE(pl."countryCode", x."countryCode") IS NOT NULL), '[]'),
      'areaCodes', COALESCE((SELECT json_agg(a."areaCode" ORDER BY a."areaCode") FROM "PartnershipArea" a WHERE a."partnershipId" = p."id"), '[]'),
      'fundingCodes', COALESCE((SELECT json_agg(f."fundingFormCode" ORDER BY f."fundingFormCode") FROM "PartnershipFunding" f WHERE f."partnershipId" = p."id"), '[]')
    ) ORDER BY p."id")::text AS data
    FROM "Partnership" p
    WHERE p."removedAt" IS NULL AND p."endedOn" IS NULL`;
  return row?.data ? (JSON.parse(row.data) as PartnershipRow[]) : [];
}

export async function loadStatsDataset(db: DbOrTx, now = new Date()): Promise<StatsDataset> {
  const [organisations, partnerships, countries, counties, municipalityGroups, areas, fundingForms] = await Promise.all([
    db.organisation.findMany({
      select: { id: true, code: true, name: true, slug: true, kind: true, countyCode: true, municipalityGroupCode: true, coordinationForms: true },
      orderBy: { code: "asc" },
    }),
    currentPartnerships(db),
    db.country.findMany({ select: { code: true, nameSv: true, nameEn: true, worldRegion: true }, orderBy: { code: "asc" } }),
    db.county.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
    db.municipalityGroup.findMany({ select: { code: true, name: true }, orderBy: { code: "asc" } }),
    db.cooperationArea.findMany({ select: { code: true, nameSv: true, nameEn: true }, orderBy: { position: "asc" } }),
    db.fundingForm.findMany({ select: { code: true, nameSv: true, nameEn: true }, orderBy: { position: "asc" } }),
  ]);
  return { asOf: now.toISOString(), organisations, partnerships, countries, counties, municipalityGroups, areas, fundingForms };
}

/** The same, checked against the dataset schema: for snapshots that must stay readable later. */
export async function loadCheckedStatsDataset(db: DbOrTx, now = new Date()): Promise<StatsDataset> {
  return statsDatasetSchema.parse(await loadStatsDataset(db, now));
}
