// What /sitemap.xml lists: every member (with whether it has a policy page), and the countries
// and places of the partnerships the public sees (not removed, someone's).
import type { Database } from "../database/client";
import { Prisma } from "../generated/prisma/client";
import { publicPartnershipSql } from "../partnerships/participation";

const PUBLIC_PARTNERSHIP = Prisma.raw(publicPartnershipSql("p"));

export async function sitemapRows(database: Database) {
  const [organisations, countries, places] = await Promise.all([
    database.organisation.findMany({
      select: { kind: true, slug: true, updatedAt: true, _count: { select: { policyDocuments: true } } },
    }),
    database.$queryRaw<{ code: string }[]>`
      SELECT DISTINCT COALESCE(pl."countryCode", pp."countryCode") AS code
        FROM "PartnershipPartner" pp LEFT JOIN "Place" pl ON pl."id" = pp."placeId"
        JOIN "Partnership" p ON p."id" = pp."partnershipId" AND ${PUBLIC_PARTNERSHIP}
       WHERE COALESCE(pl."countryCode", pp."countryCode") IS NOT NULL`,
    database.$queryRaw<{ id: number }[]>`
      SELECT DISTINCT pp."placeId" AS id FROM "PartnershipPartner" pp
        JOIN "Partnership" p ON p."id" = pp."partnershipId" AND ${PUBLIC_PARTNERSHIP}
       WHERE pp."placeId" IS NOT NULL`,
  ]);
  return { organisations, countries, places };
}
