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
import {
  publicParticipation,
  publicParticipationSql,
  publicThroughParticipationSql,
} from "../partnerships/participation";

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

type MemberCounts = { total: number; active: number; known: number };

/**
 * Every member's current public partnerships (ended ones too with `includeEnded`): how many, how
 * many active, how many with an activity level reported. One pass over the participations, where
 * three Prisma aggregates read the registry three times (0.4–0.6 s each at 100,000 partnerships
 * on a loaded machine). The public rule is participation.ts's SQL.
 */
async function countsPerMember(db: Database, includeEnded: boolean): Promise<Map<number, MemberCounts>> {
  const rows = await db.$queryRawUnsafe<
    { organisationId: number; total: number; active: number; known: number }[]
  >(
    `SELECT pp."organisationId", count(*)::int AS total,
            (count(*) FILTER (WHERE p."activityLevel" = 'ACTIVE'))::int AS active,
            count(p."activityLevel")::int AS known
       FROM "PartnershipParticipant" pp JOIN "Partnership" p ON p."id" = pp."partnershipId"
      WHERE ${publicParticipationSql("pp")} AND ${publicThroughParticipationSql("p")}
        AND ($1::boolean OR p."endedOn" IS NULL)
      GROUP BY pp."organisationId"`,
    includeEnded,
  );
  return new Map(rows.map(({ organisationId, ...counts }) => [organisationId, counts]));
}

/** The same for partnerships matching filters (a Prisma condition under a public participation). */
async function filteredCountsPerMember(
  db: Database,
  matching: Prisma.PartnershipWhereInput,
): Promise<Map<number, MemberCounts>> {
  const countPerMember = (where: Prisma.PartnershipWhereInput) =>
    db.partnershipParticipant.groupBy({
      by: ["organisationId"],
      where: { ...publicParticipation, partnership: where },
      _count: { _all: true },
    });
  const [total, active, known] = await Promise.all([
    countPerMember(matching),
    countPerMember({ AND: [matching, { activityLevel: "ACTIVE" }] }),
    countPerMember({ AND: [matching, { activityLevel: { not: null } }] }),
  ]);
  const countOf = (groups: typeof total, id: number) =>
    groups.find((g) => g.organisationId === id)?._count._all ?? 0;
  return new Map(
    total.map((g) => [
      g.organisationId,
      {
        total: g._count._all,
        active: countOf(active, g.organisationId),
        known: countOf(known, g.organisationId),
      },
    ]),
  );
}

/**
 * One page of members with their county and their numbers of matching and of active
 * partnerships: the members (at most 310, so they are sorted here, in Swedish order, which the
 * database's collation does not give) beside the counts.
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
  const [members, counts] = await Promise.all([
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
    hasPartnershipFilters(params.filters)
      ? filteredCountsPerMember(db, matching)
      : countsPerMember(db, params.filters.includeEnded),
  ]);
  const none: MemberCounts = { total: 0, active: 0, known: 0 };
  const rows = members
    .map(({ county, lastReviewedOn, ...m }) => ({
      ...m,
      countyName: county.name,
      partnershipCount: (counts.get(m.id) ?? none).total,
      activePartnershipCount: (counts.get(m.id) ?? none).active,
      knownActivityCount: (counts.get(m.id) ?? none).known,
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
