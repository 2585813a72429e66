// Every read of partnerships, public and signed-in, in one module: the shapes a page reads
// (`partnershipDetail`), the directory's pages, a country's and a place's pages, a member's
// totals, the open API's list and one partnership, the embedded list, the map's selection,
// Wikidata's twinnings, and an officer's own partnerships. Public reads go through the public
// rule (`visiblePartnership` and its SQL spellings in ./participation.ts); signed-in reads
// through the user's scope (lib/auth/scope.ts). Three whole-registry aggregations are SQL
// shaped for one consumer and stay beside it, on the same rule: the statistics
// (lib/stats/load-dataset.ts), the map's links (lib/map/map-data.ts) and the downloads' cursor
// (./export-rows.ts).
import { partnershipsInScope, scopeOf, type Scope } from "../auth/scope";
import type { SessionUser } from "../auth/session-user";
import type { Database } from "../database/client";
import type { DbOrTx } from "../database/transaction";
import { pageCountOf } from "../directory/parse-params";
import { partnershipWhere, partnerPlacesIn } from "../directory/partnership-where";
import {
  NO_FILTERS,
  PAGE_SIZE,
  type DirectoryFilters,
  type DirectorySort,
  type ParsedDirectoryParams,
} from "../directory/types";
import { Prisma, type PartnershipKind } from "../generated/prisma/client";
import type { Locale } from "../i18n/config";
import {
  publicParticipation,
  publicParticipationSql,
  visiblePartnership,
  visiblePartnershipOf,
} from "./participation";
import type { PartnershipWithDetail } from "./types";

// ── What a read includes ──────────────────────────────────────────────────────────────────

/** Everything that makes up a partnership, as the audit log and the pages want it. */
export const partnershipDetail = {
  // Every list in a fixed order, so two reads of one partnership (a page, the change list, an
  // audit snapshot) are equal: participants by name (the column collates as Swedish, Å, Ä, Ö
  // last, as the downloads list them), areas and funding as the forms list them.
  participants: {
    include: {
      organisation: { select: { id: true, code: true, name: true, shortName: true, slug: true, kind: true } },
    },
    orderBy: { organisation: { name: "asc" } },
  },
  partners: {
    include: {
      // Not the gazetteer's search columns: they are large and no page shows them.
      place: {
        select: {
          id: true,
          name: true,
          countryCode: true,
          admin1Code: true,
          latitude: true,
          longitude: true,
          population: true,
          country: true,
          wikidataId: true,
        },
      },
      country: true,
      network: true,
    },
    orderBy: { position: "asc" },
  },
  areas: { include: { area: true }, orderBy: { area: { position: "asc" } } },
  fundingForms: { include: { fundingForm: true }, orderBy: { fundingForm: { position: "asc" } } },
} as const;

/**
 * The same for the public: participants only where the member stands behind the partnership
 * (a pending request names no one, lib/partnerships/participation.ts).
 */
export const publicPartnershipDetail = {
  ...partnershipDetail,
  participants: { ...partnershipDetail.participants, where: publicParticipation },
} as const;

// ── The directory (/samarbeten) ───────────────────────────────────────────────────────────

export type PartnershipDirectoryPage = {
  rows: PartnershipWithDetail[];
  total: number;
  page: number;
  pageCount: number;
};

// Swedish members and country names sort as Swedish readers expect (Å, Ä, Ö last, in that
// order), which the database's C collation does not do; ICU collations ship with PostgreSQL.
// The few hundred members and countries are ranked once per query, so the partnerships are
// then ordered by an integer rather than by collating a name for every row.
const MEMBER_RANK = Prisma.sql`SELECT "id", rank() OVER (ORDER BY "shortName" COLLATE "sv-x-icu") AS "rank" FROM "Organisation"`;
const COUNTRY_RANK = {
  sv: Prisma.sql`SELECT "code", rank() OVER (ORDER BY "nameSv" COLLATE "sv-x-icu") AS "rank" FROM "Country"`,
  en: Prisma.sql`SELECT "code", rank() OVER (ORDER BY "nameEn" COLLATE "en-x-icu") AS "rank" FROM "Country"`,
} as const;

/**
 * The ids of one page of `ids`, ordered by a key over a to-many relation, which Prisma's
 * orderBy cannot express: "name" is the alphabetically first Swedish participant, "country"
 * the alphabetically first partner country (a place's or the partner's own; networks have
 * none and sort last). Ties, and partnerships without a key, go by id.
 */
function pageIdsByRelation(
  db: Database,
  ids: number[],
  sort: "name" | "country",
  locale: Locale,
  offset: number,
) {
  const keyed =
    sort === "name"
      ? Prisma.sql`LEFT JOIN "PartnershipParticipant" pp ON pp."partnershipId" = m."id" AND ${Prisma.raw(publicParticipationSql("pp"))}
                   LEFT JOIN (${MEMBER_RANK}) r ON r."id" = pp."organisationId"`
      : Prisma.sql`LEFT JOIN "PartnershipPartner" pr ON pr."partnershipId" = m."id"
                   LEFT JOIN "Place" pl ON pl."id" = pr."placeId"
                   LEFT JOIN (${COUNTRY_RANK[locale]}) r ON r."code" = COALESCE(pl."countryCode", pr."countryCode")`;
  // One array literal rather than an array parameter: Prisma handles a parameter with 100,000
  // elements element by element, a single string it passes straight to PostgreSQL.
  const idArray = `{${ids.join(",")}}`;
  return db.$queryRaw<{ id: number }[]>`
    SELECT m."id" FROM unnest(${idArray}::int[]) AS m("id") ${keyed}
     GROUP BY m."id"
     ORDER BY MIN(r."rank") NULLS LAST, m."id"
     LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
}

/** How many ranks of members the walk by name reads before it orders every match instead. */
const NAME_WALK_RANKS = 12;

/**
 * The ids of one page by name without reading every match: members are walked in alphabetical
 * order (the partnerships whose first member is the member at hand are the next ones in that
 * order: those it stands behind with none of the members before it), each step one indexed read
 * of that member's partnerships. The first pages of a large selection take a step or two. Gives
 * up (undefined) after `maxRanks` members, where a selective filter or a deep page makes
 * ordering all matches at once cheaper.
 */
export async function pageIdsByMemberWalk(
  db: Database,
  filters: DirectoryFilters,
  offset: number,
  maxRanks = NAME_WALK_RANKS,
  countryPlaceIds?: number[],
): Promise<number[] | undefined> {
  const ranked = await db.$queryRaw<{ id: number; rank: bigint }[]>`${MEMBER_RANK} ORDER BY 2, 1`;
  const ranks: number[][] = [];
  for (const [i, m] of ranked.entries()) {
    if (i === 0 || m.rank !== ranked[i - 1]!.rank) ranks.push([]);
    ranks.at(-1)!.push(m.id);
  }
  // Under a public participation of the member at hand, which stands behind the partnership.
  const matching = partnershipWhere(filters, { throughParticipation: true, countryPlaceIds });
  const before: number[] = [];
  const ids: number[] = [];
  let skip = offset;
  for (const members of ranks.slice(0, maxRanks)) {
    const where: Prisma.PartnershipWhereInput = {
      AND: [
        matching,
        { participants: { some: { ...publicParticipation, organisationId: { in: members } } } },
        ...(before.length
          ? [{ participants: { none: { ...publicParticipation, organisationId: { in: before } } } }]
          : []),
      ],
    };
    const count = skip > 0 ? await db.partnership.count({ where }) : undefined;
    if (count !== undefined && count <= skip) skip -= count;
    else {
      const rows = await db.partnership.findMany({
        where,
        select: { id: true },
        orderBy: { id: "asc" },
        skip,
        take: PAGE_SIZE - ids.length,
      });
      ids.push(...rows.map((r) => r.id));
      skip = 0;
      if (ids.length === PAGE_SIZE) return ids;
    }
    before.push(...members);
  }
  // Every member read: the selection ends on this page.
  return ranks.length <= maxRanks ? ids : undefined;
}

/** Sorts that do not apply to partnerships (county, number of partnerships) fall back to name. */
function partnershipSort(sort: DirectorySort): "name" | "country" | "startYear" {
  return sort === "startYear" || sort === "country" ? sort : "name";
}

/**
 * One page of partnerships with their participants, partners (place and country), networks,
 * areas and funding forms, as `publicPartnershipDetail` shapes them.
 *
 * By start year (oldest first, unknown last) it is one round trip: count and page in parallel.
 * By name the count runs beside a walk through the members in alphabetical order
 * (`pageIdsByMemberWalk`), then the page's details. By country, and by name where the walk gives
 * up, the order depends on related rows of every match, so it takes three: the matching ids
 * (which are also the count), one SQL statement that orders them and cuts the page, and the
 * page's details. That reads every matching id: a few milliseconds for the registry's real size
 * (a couple of thousand partnerships), about half a second at 100,000.
 */
export async function findDirectoryPartnerships(
  db: Database,
  params: ParsedDirectoryParams,
  options: { locale?: Locale } = {},
): Promise<PartnershipDirectoryPage> {
  const countryPlaceIds = await partnerPlacesIn(db, params.filters.countries);
  const where = partnershipWhere(params.filters, { countryPlaceIds });
  const offset = (params.page - 1) * PAGE_SIZE;
  const sort = partnershipSort(params.sort);

  if (sort === "startYear") {
    const [total, rows] = await Promise.all([
      db.partnership.count({ where }),
      db.partnership.findMany({
        where,
        include: publicPartnershipDetail,
        orderBy: [{ startYear: { sort: "asc", nulls: "last" } }, { id: "asc" }],
        skip: offset,
        take: PAGE_SIZE,
      }),
    ]);
    return { rows, total, page: params.page, pageCount: pageCountOf(total) };
  }

  let total = 0;
  let pageIds: number[] | undefined;
  if (sort === "name") {
    // The count and the walk side by side; the walk usually needs a read or two.
    [total, pageIds] = await Promise.all([
      db.partnership.count({ where }),
      pageIdsByMemberWalk(db, params.filters, offset, NAME_WALK_RANKS, countryPlaceIds),
    ]);
  }
  if (pageIds === undefined) {
    const ids = (await db.partnership.findMany({ where, select: { id: true } })).map((p) => p.id);
    total = ids.length;
    pageIds =
      offset < total
        ? (await pageIdsByRelation(db, ids, sort, options.locale ?? "sv", offset)).map((r) => r.id)
        : [];
  }
  const details = pageIds.length
    ? await db.partnership.findMany({ where: { id: { in: pageIds } }, include: publicPartnershipDetail })
    : [];
  const byId = new Map(details.map((p) => [p.id, p]));
  // A row deleted between the reads is left out rather than failing the page.
  const rows = pageIds.flatMap((id) => byId.get(id) ?? []);
  return { rows, total, page: params.page, pageCount: pageCountOf(total) };
}

// ── A country's and a place's pages (/land, /ort) ──────────────────────────────────────────

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

/** A country's current partnerships, with `partnerPlacesIn` read first. */
async function withCountry(
  db: Database,
  countryCode: string,
  options: { throughParticipation?: boolean } = {},
) {
  const countries = [countryCode];
  const countryPlaceIds = await partnerPlacesIn(db, countries);
  return partnershipWhere({ ...NO_FILTERS, countries }, { ...options, countryPlaceIds });
}
const withPlace = (placeId: number) =>
  ({ ...visiblePartnership, partners: { some: { placeId } } }) satisfies Prisma.PartnershipWhereInput;

/** Current Swedish partnerships with a country (any partner in it), one page of them. */
export async function findPartnershipsWithCountry(db: Database, countryCode: string, page = 1) {
  return findPage(db, await withCountry(db, countryCode), [{ id: "asc" }], page);
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
    where: {
      ...publicParticipation,
      partnership: await withCountry(db, countryCode, { throughParticipation: true }),
    },
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

// ── A member's totals ─────────────────────────────────────────────────────────────────────

export type MemberPartnershipTotals = {
  /** Current partnerships per kind, network memberships apart. */
  byKind: Partial<Record<PartnershipKind, number>>;
  networks: number;
  ended: number;
  total: number;
};

/** How many partnerships of each section a member's page has over all its pages. */
export async function memberPartnershipTotals(
  db: Database,
  organisationId: number,
): Promise<MemberPartnershipTotals> {
  const theirs = visiblePartnershipOf(organisationId);
  // Both counts at once: the member page waits for them before it reads its page of rows.
  const [groups, ended] = await Promise.all([
    db.partnership.groupBy({
      by: ["kind", "otherType"],
      where: { ...theirs, endedOn: null },
      _count: { _all: true },
    }),
    db.partnership.count({ where: { ...theirs, endedOn: { not: null } } }),
  ]);
  const byKind: MemberPartnershipTotals["byKind"] = {};
  let networks = 0;
  for (const g of groups) {
    if (g.otherType === "NETWORK_MEMBERSHIP") networks += g._count._all;
    else byKind[g.kind] = (byKind[g.kind] ?? 0) + g._count._all;
  }
  const current = groups.reduce((sum, g) => sum + g._count._all, 0);
  return { byKind, networks, ended, total: current + ended };
}

// ── The open API ──────────────────────────────────────────────────────────────────────────

/** A page of the public partnerships the directory filters select, in id order, and how many there are. */
export async function findPublicPartnershipsById(
  db: Database,
  filters: DirectoryFilters,
  paging: { page: number; pageSize: number },
) {
  const where = partnershipWhere(filters, { countryPlaceIds: await partnerPlacesIn(db, filters.countries) });
  const [total, rows] = await Promise.all([
    db.partnership.count({ where }),
    db.partnership.findMany({
      where,
      include: publicPartnershipDetail,
      orderBy: { id: "asc" },
      skip: (paging.page - 1) * paging.pageSize,
      take: paging.pageSize,
    }),
  ]);
  return { total, rows };
}

/** One public partnership, or null (removed, unreviewed import, or nobody's yet). */
export function findPublicPartnership(db: Database, id: number) {
  return db.partnership.findFirst({ where: { id, ...visiblePartnership }, include: publicPartnershipDetail });
}

// ── The embedded list ─────────────────────────────────────────────────────────────────────

const embedPartnerSelect = {
  name: true,
  place: {
    select: {
      name: true,
      latitude: true,
      longitude: true,
      country: { select: { nameSv: true, nameEn: true } },
    },
  },
  country: { select: { nameSv: true, nameEn: true } },
  network: { select: { name: true } },
} satisfies Prisma.PartnershipPartnerSelect;

/**
 * A member's current public partnerships of some kinds: the first `limit` (kinds in the enum's
 * order, which is the report's, then by start year) with their partners, and how many of each
 * kind there are. Ended ones stay on the registry's own page.
 */
export async function findCurrentPartnershipsOfMember(
  db: DbOrTx,
  organisationId: number,
  kinds: PartnershipKind[],
  limit: number,
) {
  const where = {
    ...visiblePartnershipOf(organisationId),
    endedOn: null,
    kind: { in: kinds },
  } satisfies Prisma.PartnershipWhereInput;
  const [rows, groups] = await Promise.all([
    db.partnership.findMany({
      where,
      select: {
        id: true,
        kind: true,
        title: true,
        startYear: true,
        verification: true,
        partners: { select: embedPartnerSelect, orderBy: { position: "asc" } },
      },
      orderBy: [{ kind: "asc" }, { startYear: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: limit,
    }),
    db.partnership.groupBy({ by: ["kind"], where, _count: { _all: true } }),
  ]);
  return { rows, countOf: new Map(groups.map((g) => [g.kind, g._count._all])) };
}

// ── The map ───────────────────────────────────────────────────────────────────────────────

/** The ids of the public partnerships a directory selection holds (with `organisationId`: that member's). */
export async function publicPartnershipIds(
  db: Database,
  filters: DirectoryFilters,
  organisationId?: number,
): Promise<number[]> {
  const countryPlaceIds = await partnerPlacesIn(db, filters.countries);
  const rows = await db.partnership.findMany({
    where: partnershipWhere(filters, { organisationId, countryPlaceIds }),
    select: { id: true },
  });
  return rows.map((p) => p.id);
}

// ── Wikidata ──────────────────────────────────────────────────────────────────────────────

const withWikidataItem = { ...publicParticipation, organisation: { wikidataId: { not: null } } };

/** Public twin towns between a member with a Wikidata item and a partner place with one. */
export function findTwinTownsWithWikidataItems(db: Database) {
  return db.partnership.findMany({
    where: {
      ...visiblePartnership,
      kind: "TWIN_TOWN",
      participants: { some: withWikidataItem },
      partners: { some: { type: "PLACE", place: { wikidataId: { not: null } } } },
    },
    select: {
      id: true,
      startYear: true,
      endedOn: true,
      participants: {
        where: withWikidataItem,
        select: { organisation: { select: { wikidataId: true, kind: true, slug: true } } },
      },
      partners: { where: { type: "PLACE" }, select: { place: { select: { wikidataId: true } } } },
    },
    orderBy: { id: "asc" },
  });
}

// ── The signed-in area ────────────────────────────────────────────────────────────────────

/** Every partnership of an organisation, ended and removed included, for its officers. */
export function managedPartnerships(db: DbOrTx, user: SessionUser, organisationId: number) {
  return db.partnership.findMany({
    where: { AND: [{ participants: { some: { organisationId } } }, partnershipsInScope(scopeOf(user))] },
    include: partnershipDetail,
    orderBy: [
      { removedAt: { sort: "desc", nulls: "first" } },
      { endedOn: { sort: "desc", nulls: "first" } },
      { id: "asc" },
    ],
  });
}

/** One partnership of this organisation, within the user's scope (the URL's two ids must belong together). */
export function findManagedPartnership(db: DbOrTx, user: SessionUser, organisationId: number, id: number) {
  return db.partnership.findFirst({
    where: { AND: [{ id, participants: { some: { organisationId } } }, partnershipsInScope(scopeOf(user))] },
    include: partnershipDetail,
  });
}

/** A partnership a scope may link to a partner request: not removed, of a member it acts for. */
const linkable = (scope: Scope): Prisma.PartnershipWhereInput => ({
  AND: [{ removedAt: null, participants: { some: publicParticipation } }, partnershipsInScope(scope)],
});

/**
 * The partnerships a scope may link when closing a partner request, optionally only those with
 * partners in one country; newest first.
 */
export function linkablePartnerships(db: DbOrTx, scope: Scope, country: string | null) {
  return db.partnership.findMany({
    where: {
      AND: [
        linkable(scope),
        country
          ? { partners: { some: { OR: [{ countryCode: country }, { place: { countryCode: country } }] } } }
          : {},
      ],
    },
    select: {
      id: true,
      kind: true,
      participants: { select: { organisation: { select: { name: true } } } },
      partners: { select: { name: true, place: { select: { name: true } } }, orderBy: { position: "asc" } },
    },
    orderBy: { id: "desc" },
    take: 200,
  });
}

/** Whether the scope may link this partnership to a partner request. */
export async function mayLinkPartnership(db: DbOrTx, scope: Scope, id: number) {
  return (await db.partnership.count({ where: { AND: [{ id }, linkable(scope)] } })) > 0;
}
