import type { Database } from "../database/client";
import type { OrganisationKind, Prisma } from "../generated/prisma/client";
import { publicPartnershipDetail } from "../partnerships/create";
import { publicParticipation, reviewedIfImported } from "../partnerships/participation";

/**
 * Partnerships the public sees: not removed, reviewed if imported, and at least one member
 * stands behind it (a partnership whose every participation is a pending request is nobody's
 * yet). Ended ones are kept and shown as history. `publicPartnershipSql` in
 * lib/partnerships/participation.ts is its SQL.
 */
export const visiblePartnership = {
  removedAt: null,
  participants: { some: publicParticipation },
  ...reviewedIfImported,
} satisfies Prisma.PartnershipWhereInput;

/** A member's participations the public sees: confirmed, in a visible partnership. */
const publicParticipations = {
  where: { ...publicParticipation, partnership: visiblePartnership },
  include: { partnership: { include: publicPartnershipDetail } },
  orderBy: { partnershipId: "asc" },
} as const;

/** One member's public page: profile, partnerships with partners, areas and funding. One round trip. */
export function findOrganisationPage(db: Database, kind: OrganisationKind, slug: string) {
  return db.organisation.findUnique({
    where: { slug, kind },
    include: {
      county: true,
      euOffice: true,
      honoraryConsuls: { include: { country: true }, orderBy: { country: { nameSv: "asc" } } },
      _count: { select: { policyDocuments: { where: { removedAt: null } } } },
      participations: publicParticipations,
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
      participations: publicParticipations,
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
