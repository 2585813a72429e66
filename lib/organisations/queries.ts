import type { Database } from "../database/client";
import type { OrganisationKind, Prisma } from "../generated/prisma/client";
import { partnershipDetail } from "../partnerships/create";

/** Partnerships the public sees: not removed. Ended ones are kept and shown as history. */
export const visiblePartnership = { removedAt: null } satisfies Prisma.PartnershipWhereInput;

/** One member's public page: profile, partnerships with partners, areas and funding. One round trip. */
export function findOrganisationPage(db: Database, kind: OrganisationKind, slug: string) {
  return db.organisation.findUnique({
    where: { slug, kind },
    include: {
      county: true,
      euOffice: true,
      honoraryConsuls: { include: { country: true }, orderBy: { country: { nameSv: "asc" } } },
      _count: { select: { policyDocuments: { where: { removedAt: null } } } },
      participations: {
        where: { partnership: visiblePartnership },
        include: { partnership: { include: partnershipDetail } },
        orderBy: { partnershipId: "asc" },
      },
    },
  });
}

export type OrganisationPage = NonNullable<Awaited<ReturnType<typeof findOrganisationPage>>>;

/** Resolves a kommunkod or county code to the member's kind and slug, for redirects. */
export function findSlugByCode(db: Database, code: string) {
  return db.organisation.findUnique({ where: { code }, select: { kind: true, slug: true } });
}

/** A kommun by its kommunkod, with its partnerships, for the API. */
export function findMunicipalityByCode(db: Database, code: string) {
  return db.organisation.findFirst({
    where: { code, kind: "MUNICIPALITY" },
    include: {
      county: true,
      participations: {
        where: { partnership: visiblePartnership },
        include: { partnership: { include: partnershipDetail } },
        orderBy: { partnershipId: "asc" },
      },
    },
  });
}

export function listMunicipalities(db: Database) {
  return db.organisation.findMany({
    where: { kind: "MUNICIPALITY" },
    include: { county: true },
    orderBy: { code: "asc" },
  });
}
