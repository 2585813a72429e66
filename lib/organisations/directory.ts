// /kommuner: the 290 kommuner and 20 regions, filtered, with how many partnerships each has.
import type { Database } from "../database/client";
import { pageCountOf } from "../directory/parse-params";
import {
  hasPartnershipFilters,
  memberNameWhere,
  memberWhere,
  partnershipOnlyFilters,
  partnershipWhere,
  partnerPlacesIn,
} from "../directory/partnership-where";
import { PAGE_SIZE, type DirectorySort, type ParsedDirectoryParams } from "../directory/types";
import type { OrganisationKind, Prisma } from "../generated/prisma/client";
import { publicParticipation } from "../partnerships/participation";

type OrganisationDirectoryRow = {
  id: number;
  code: string;
  kind: OrganisationKind;
  name: string;
  shortName: string;
  slug: string;
  countyCode: string;
  countyName: string;
  municipalityGroupCode: string | null;
  /** Partnerships matching the partnership filters (current ones unless ended are included). */
  partnershipCount: number;
  /** Of those, the ones reported as active. */
  activePartnershipCount: number;
  /** Of those, the ones with any activity level reported: zero makes "0 active" unknown, not none. */
  knownActivityCount: number;
  /** Whether the member ever confirmed its information: without it, no partnerships is unknown. */
  reviewed: boolean;
};

export type OrganisationDirectoryPage = {
  rows: OrganisationDirectoryRow[];
  total: number;
  page: number;
  pageCount: number;
};

const swedish = new Intl.Collator("sv");
// Kommun before region when names tie, then the code, so every order is total and stable.
const byName = (a: OrganisationDirectoryRow, b: OrganisationDirectoryRow) =>
  swedish.compare(a.shortName, b.shortName) || a.kind.localeCompare(b.kind) || a.code.localeCompare(b.code);

const ORDERS: Record<
  "name" | "county" | "partnerships",
  (a: OrganisationDirectoryRow, b: OrganisationDirectoryRow) => number
> = {
  name: byName,
  county: (a, b) => swedish.compare(a.countyName, b.countyName) || byName(a, b),
  partnerships: (a, b) => b.partnershipCount - a.partnershipCount || byName(a, b),
};

/** Sorts that do not apply to members (start year, country) fall back to name. */
function organisationSort(sort: DirectorySort): keyof typeof ORDERS {
  return sort === "county" || sort === "partnerships" ? sort : "name";
}

/** Which members a set of filters selects. */
function organisationWhere(
  filters: ParsedDirectoryParams["filters"],
  countryPlaceIds: number[] | undefined,
  /** The matching partnerships, as a condition under a public participation. */
  matching: Prisma.PartnershipWhereInput,
) {
  const and: Prisma.OrganisationWhereInput[] = [];
  const member = memberWhere(filters);
  if (member) and.push(member);
  if (filters.query) and.push(memberNameWhere(filters.query));
  if (filters.hasNone) {
    // "Without partnerships" combined with partnership filters means without a current one of
    // those: utan=1&typ=vanort lists the members that have no twin town now.
    const current = partnershipWhere(
      { ...partnershipOnlyFilters(filters), includeEnded: false },
      { throughParticipation: true, countryPlaceIds },
    );
    and.push({ participations: { none: { ...publicParticipation, partnership: current } } });
  } else if (hasPartnershipFilters(filters)) {
    and.push({ participations: { some: { ...publicParticipation, partnership: matching } } });
  }
  return { AND: and } satisfies Prisma.OrganisationWhereInput;
}

/**
 * One page of members with their county and their numbers of matching and of active
 * partnerships. Three queries in parallel whatever the page: the members (at most 310, so
 * they are sorted here, in Swedish order, which the database's collation does not give) and
 * one aggregate per count.
 */
export async function findOrganisations(
  db: Database,
  params: ParsedDirectoryParams,
): Promise<OrganisationDirectoryPage> {
  // Read through each member's public participations, which stand behind their partnerships.
  const countryPlaceIds = await partnerPlacesIn(db, params.filters.countries);
  const matching = partnershipWhere(partnershipOnlyFilters(params.filters), {
    throughParticipation: true,
    countryPlaceIds,
  });
  const countPerMember = (where: Prisma.PartnershipWhereInput) =>
    db.partnershipParticipant.groupBy({
      by: ["organisationId"],
      where: { ...publicParticipation, partnership: where },
      _count: { _all: true },
    });

  const [members, counts, activeCounts, knownCounts] = await Promise.all([
    db.organisation.findMany({
      where: organisationWhere(params.filters, countryPlaceIds, matching),
      select: {
        id: true,
        code: true,
        kind: true,
        name: true,
        shortName: true,
        slug: true,
        countyCode: true,
        municipalityGroupCode: true,
        lastReviewedOn: true,
        county: { select: { name: true } },
      },
    }),
    countPerMember(matching),
    countPerMember({ AND: [matching, { activityLevel: "ACTIVE" }] }),
    countPerMember({ AND: [matching, { activityLevel: { not: null } }] }),
  ]);

  const countOf = (groups: typeof counts) => new Map(groups.map((g) => [g.organisationId, g._count._all]));
  const total = countOf(counts);
  const active = countOf(activeCounts);
  const known = countOf(knownCounts);
  const rows = members
    .map(({ county, lastReviewedOn, ...m }) => ({
      ...m,
      countyName: county.name,
      partnershipCount: total.get(m.id) ?? 0,
      activePartnershipCount: active.get(m.id) ?? 0,
      knownActivityCount: known.get(m.id) ?? 0,
      reviewed: lastReviewedOn !== null,
    }))
    .sort(ORDERS[organisationSort(params.sort)]);

  const offset = (params.page - 1) * PAGE_SIZE;
  return {
    rows: rows.slice(offset, offset + PAGE_SIZE),
    total: rows.length,
    page: params.page,
    pageCount: pageCountOf(rows.length),
  };
}
