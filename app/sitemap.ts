// GET /sitemap.xml: every public page in Swedish, with its English alternate.
import type { MetadataRoute } from "next";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { LOCALES, localePath } from "@/lib/i18n/config";
import { organisationPath } from "@/lib/organisations/paths";
import { publicPartnershipSql } from "@/lib/partnerships/participation";
import { siteUrl } from "@/lib/site-url";

const PUBLIC_PARTNERSHIP = Prisma.raw(publicPartnershipSql("p"));

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl().origin;
  const database = db();
  const [organisations, countries, places] = await Promise.all([
    database.organisation.findMany({
      select: { kind: true, slug: true, updatedAt: true, _count: { select: { policyDocuments: true } } },
    }),
    // Countries and places of the partnerships the public sees (not removed, someone's).
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
  const entry = (path: string, lastModified?: Date): MetadataRoute.Sitemap[number] => ({
    url: `${base}${path}`,
    lastModified,
    alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, `${base}${localePath(l, path)}`])) },
  });
  return [
    entry("/"),
    entry("/kommuner"),
    entry("/samarbeten"),
    entry("/statistik"),
    entry("/oppna-data"),
    entry("/partnersokning"),
    ...organisations.flatMap((o) => [
      entry(organisationPath(o), o.updatedAt),
      ...(o._count.policyDocuments > 0 ? [entry(`${organisationPath(o)}/policy`, o.updatedAt)] : []),
    ]),
    ...countries.map((c) => entry(`/land/${c.code.toLowerCase()}`)),
    ...places.map((p) => entry(`/ort/${p.id}`)),
  ];
}
