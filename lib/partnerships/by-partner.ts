// The partnerships of one country (/land/{iso2}) or one place (/ort/{geonameId}), a page at a
// time: a country may have thousands, and a public page must not grow with the data. The
// counts and the list of Swedish members are aggregates, bounded by the 310 members.
import type { Database } from "../database/client";
import { pageCountOf } from "../directory/parse-params";
import { partnershipWhere } from "../directory/partnership-where";
import { NO_FILTERS, PAGE_SIZE } from "../directory/types";
import type { PartnershipKind, Prisma } from "../generated/prisma/client";
import { visiblePartnership } from "../organisations/queries";
import { publicPartnershipDetail } from "./create";
import { publicParticipation } from "./participation";
import type { PartnershipWithDetail } from "./types";

export type PartnershipPage = {
  rows: PartnershipWithDetail[];
  total: number;
  /** How many of each kind there are in all, not only on this page. */
  byKind: Partial<Record<PartnershipKind, number>>;
  page: number;
  pageCount: number;
};

async function findPage(
  db: Database,
  where: Prisma.PartnershipWhereInput,
  orderBy: Prisma.PartnershipOrderByWithRelationInput[],
  requestedPage: number,
): Promise<PartnershipPage> {
  const groups = await db.partnership.groupBy({ by: ["kind"], where, _count: { _all: true } });
  const byKind = Object.fromEntries(groups.map((g) => [g.kind, g._count._all]));
  const total = groups.reduce((sum, g) => sum + g._count._all, 0);
  const pageCount = pageCountOf(total);
  const page = Math.min(requestedPage, pageCount);
  const rows = await db.partnership.findMany({
    where,
    include: publicPartnershipDetail,
    // Kinds in their enum order (vänort, partnerskap, annat), so a kind's rows stay together.
    orderBy: [{ kind: "asc" }, ...orderBy],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return { rows, total, byKind, page, pageCount };
}

const withCountry = (countryCode: string) => partnershipWhere({ ...NO_FILTERS, countries: [countryCode] });
const withPlace = (placeId: number) =>
  ({ ...visiblePartnership, partners: { some: { placeId } } }) satisfies Prisma.PartnershipWhereInput;

/** Current Swedish partnerships with a country (any partner in it), one page of them. */
export function findPartnershipsWithCountry(db: Database, countryCode: string, page = 1) {
  return findPage(db, withCountry(countryCode), [{ id: "asc" }], page);
}

/** Partnerships with one place, ended ones included (after the current ones), one page of them. */
export function findPartnershipsWithPlace(db: Database, placeId: number, page = 1) {
  return findPage(
    db,
    withPlace(placeId),
    [{ endedOn: { sort: "desc", nulls: "first" } }, { id: "asc" }],
    page,
  );
}

/** The Swedish members with current partnerships in a country, and how many each has. */
export async function membersPartneringWithCountry(db: Database, countryCode: string) {
  const counts = await db.partnershipParticipant.groupBy({
    by: ["organisationId"],
    where: { ...publicParticipation, partnership: withCountry(countryCode) },
    _count: { _all: true },
  });
  const members = await db.organisation.findMany({
    where: { id: { in: counts.map((c) => c.organisationId) } },
    select: { id: true, code: true, kind: true, slug: true, name: true },
    orderBy: { name: "asc" }, // Swedish collation (sv-x-icu column)
  });
  const countOf = new Map(counts.map((c) => [c.organisationId, c._count._all]));
  return members.map((m) => ({ ...m, count: countOf.get(m.id) ?? 0 }));
}

/**
 * The name Swedish members most often give a place in their public partnerships ("Vasa" for
 * Vaasa), so its page is titled like the rows that link to it; null when none names it.
 */
export async function memberNameOfPlace(db: Database, placeId: number): Promise<string | null> {
  const [top] = await db.partnershipPartner.groupBy({
    by: ["name"],
    where: { placeId, name: { not: null }, partnership: visiblePartnership },
    _count: { _all: true },
    orderBy: [{ _count: { name: "desc" } }, { name: "asc" }],
    take: 1,
  });
  return top?.name ?? null;
}
