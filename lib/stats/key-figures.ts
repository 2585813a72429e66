// The national key figures on the home page.
import type { Database } from "../database/client";
import { Prisma } from "../generated/prisma/client";
import { publicParticipationSql, publicPartnershipSql } from "../partnerships/participation";

const PUBLIC_PARTNERSHIP = Prisma.raw(publicPartnershipSql("p"));
const PUBLIC_PARTICIPATION = Prisma.raw(publicParticipationSql("pp"));

export type KeyFigures = {
  /** Kommuner and regions with at least one current partnership. */
  membersWithPartnerships: number;
  /** Kommuner and regions with at least one current partnership reported as active. */
  membersWithActivePartnerships: number;
  /** Countries with at least one current partner (a place there, or the country itself). */
  partnerCountries: number;
  currentPartnerships: number;
  /** Current partnerships whose activity level was reported: without it "no active" means "unknown". */
  partnershipsWithKnownActivity: number;
};

/**
 * Over current partnerships only: not ended, not removed, someone's, counted for the members that
 * stand behind them (`currentPartnership` and `publicParticipation` in
 * lib/directory/partnership-where.ts, which the SQL spells out). One statement, because
 * Prisma cannot count distinct countries that live either on the place or on the partner.
 * Members are counted with EXISTS, which stops at a member's first partnership; a shared
 * CTE would be materialised and scanned whole for each figure.
 */
export async function nationalKeyFigures(db: Database): Promise<KeyFigures> {
  const [row] = await db.$queryRaw<KeyFigures[]>`
    SELECT
      (SELECT COUNT(*)::int FROM "Organisation" o WHERE EXISTS (
         SELECT 1 FROM "PartnershipParticipant" pp JOIN "Partnership" p ON p."id" = pp."partnershipId"
          WHERE pp."organisationId" = o."id" AND ${PUBLIC_PARTICIPATION} AND p."removedAt" IS NULL AND p."endedOn" IS NULL
      )) AS "membersWithPartnerships",
      (SELECT COUNT(*)::int FROM "Organisation" o WHERE EXISTS (
         SELECT 1 FROM "PartnershipParticipant" pp JOIN "Partnership" p ON p."id" = pp."partnershipId"
          WHERE pp."organisationId" = o."id" AND ${PUBLIC_PARTICIPATION} AND p."removedAt" IS NULL AND p."endedOn" IS NULL AND p."activityLevel" = 'ACTIVE'
      )) AS "membersWithActivePartnerships",
      (SELECT COUNT(*)::int FROM (
         SELECT COALESCE(pl."countryCode", pr."countryCode") AS "code"
           FROM "PartnershipPartner" pr
           JOIN "Partnership" p ON p."id" = pr."partnershipId"
           LEFT JOIN "Place" pl ON pl."id" = pr."placeId"
          WHERE ${PUBLIC_PARTNERSHIP} AND p."endedOn" IS NULL
          GROUP BY 1
      ) countries WHERE "code" IS NOT NULL) AS "partnerCountries",
      (SELECT COUNT(*)::int FROM "Partnership" p WHERE ${PUBLIC_PARTNERSHIP} AND p."endedOn" IS NULL) AS "currentPartnerships",
      (SELECT COUNT(*)::int FROM "Partnership" p
        WHERE ${PUBLIC_PARTNERSHIP} AND p."endedOn" IS NULL AND p."activityLevel" IS NOT NULL
      ) AS "partnershipsWithKnownActivity"`;
  return row!;
}
