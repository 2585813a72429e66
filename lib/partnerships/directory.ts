// /samarbeten: one page of the partnerships a set of filters selects.
import type { Database } from "../database/client";
import { pageCountOf } from "../directory/parse-params";
import { partnershipWhere } from "../directory/partnership-where";
import { PAGE_SIZE, type DirectorySort, type ParsedDirectoryParams } from "../directory/types";
import { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/config";
import { publicPartnershipDetail } from "./create";
import { publicParticipationSql } from "./participation";
import type { PartnershipWithDetail } from "./types";

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

/** Sorts that do not apply to partnerships (county, number of partnerships) fall back to name. */
function partnershipSort(sort: DirectorySort): "name" | "country" | "startYear" {
  return sort === "startYear" || sort === "country" ? sort : "name";
}

/**
 * One page of partnerships with their participants, partners (place and country), networks,
 * areas and funding forms, as `publicPartnershipDetail` shapes them.
 *
 * By start year (oldest first, unknown last) it is one round trip: count and page in parallel.
 * By name or country the order depends on related rows, so it takes three: the matching ids
 * (which are also the count), one SQL statement that orders them and cuts the page, and the
 * page's details. That reads every matching id on every request: a few milliseconds for the
 * registry's real size (a couple of thousand partnerships), about half a second at 100,000.
 * A stored sort key on Partnership would be the next step if it ever grows that far.
 */
export async function findPartnerships(
  db: Database,
  params: ParsedDirectoryParams,
  options: { locale?: Locale } = {},
): Promise<PartnershipDirectoryPage> {
  const where = partnershipWhere(params.filters);
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

  const ids = (await db.partnership.findMany({ where, select: { id: true } })).map((p) => p.id);
  const total = ids.length;
  const pageIds =
    offset < total
      ? (await pageIdsByRelation(db, ids, sort, options.locale ?? "sv", offset)).map((r) => r.id)
      : [];
  const details = pageIds.length
    ? await db.partnership.findMany({ where: { id: { in: pageIds } }, include: publicPartnershipDetail })
    : [];
  const byId = new Map(details.map((p) => [p.id, p]));
  // A row deleted between the reads is left out rather than failing the page.
  const rows = pageIds.flatMap((id) => byId.get(id) ?? []);
  return { rows, total, page: params.page, pageCount: pageCountOf(total) };
}
