import type { Database } from "../database/client";
import type { OrganisationKind } from "../generated/prisma/client";
import { publicParticipation, visibleThroughPublicParticipation } from "../partnerships/participation";
import { publicPartnershipDetail } from "../partnerships/queries";

/** A member's participations the public sees: confirmed, in a visible partnership. */
const publicParticipations = {
  where: { ...publicParticipation, partnership: visibleThroughPublicParticipation },
  include: { partnership: { include: publicPartnershipDetail } },
  orderBy: { partnershipId: "asc" },
} as const;

/**
 * Partnerships per page of a member's public page: a member may have thousands (Norrtälje in the
 * benchmark). 25, not the lists' 50: each row is on the page three times (its HTML, React's
 * payload and the JSON-LD), and at 50 the busiest members' pages were 21 kB on the wire, the most
 * of any page the registry serves often. The rest are a "Nästa" away, and in the exports and API.
 */
export const MEMBER_PAGE_SIZE = 25;

/**
 * One member's public page: profile and one page of its partnerships with partners, areas and
 * funding (current ones by kind, then ended ones). One round trip.
 */
export function findOrganisationPage(db: Database, kind: OrganisationKind, slug: string, page = 1) {
  return db.organisation.findUnique({
    where: { slug, kind },
    include: {
      county: true,
      euOffice: true,
      honoraryConsuls: { include: { country: true }, orderBy: { country: { nameSv: "asc" } } },
      _count: { select: { policyDocuments: { where: { removedAt: null } } } },
      participations: {
        ...publicParticipations,
        orderBy: [
          { partnership: { endedOn: { sort: "desc", nulls: "first" } } },
          { partnership: { kind: "asc" } },
          { partnershipId: "asc" },
        ],
        skip: (page - 1) * MEMBER_PAGE_SIZE,
        take: MEMBER_PAGE_SIZE,
      },
    },
  });
}

export type OrganisationPage = NonNullable<Awaited<ReturnType<typeof findOrganisationPage>>>;

/** Resolves a kommunkod or county code to the member's kind and slug, for redirects. */
export function findSlugByCode(db: Database, code: string) {
  return db.organisation.findUnique({ where: { code }, select: { kind: true, slug: true } });
}

/** A member's id by its code (kommunkod or county code), or null. */
export function findMemberIdByCode(db: Database, code: string) {
  return db.organisation.findUnique({ where: { code }, select: { id: true } });
}

/** A member by its page's kind and slug: its id, code and name (the oEmbed answer's title). */
export function findMemberBySlug(db: Database, kind: OrganisationKind, slug: string) {
  return db.organisation.findUnique({ where: { slug, kind }, select: { id: true, code: true, name: true } });
}

/**
 * A kommun by its kommunkod, with one page of its partnerships (in id order) and how many it has,
 * for the API: the busiest member has thousands.
 */
export function findMunicipalityByCode(
  db: Database,
  code: string,
  paging: { page: number; pageSize: number },
) {
  return db.organisation.findFirst({
    where: { code, kind: "MUNICIPALITY" },
    include: {
      county: true,
      _count: { select: { participations: { where: publicParticipations.where } } },
      participations: {
        ...publicParticipations,
        skip: (paging.page - 1) * paging.pageSize,
        take: paging.pageSize,
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
