// The one translation of directory filters into Prisma conditions, shared by /samarbeten,
// /kommuner, the downloads and the map, so that a filter means the same on every page.
import type { DbOrTx } from "../database/transaction";
import type { Prisma } from "../generated/prisma/client";
import {
  visiblePartnership,
  visiblePartnershipOf,
  visibleThroughPublicParticipation,
} from "../partnerships/participation";
import { publicParticipation } from "../partnerships/participation";
import { normalizeName, toSlug } from "../text/normalize";
import type { ActivityFilter, DirectoryFilters } from "./types";

/** Partnerships that are still going on: not ended and not removed. */
export const currentPartnership = {
  ...visiblePartnership,
  endedOn: null,
} satisfies Prisma.PartnershipWhereInput;

/** Whether any filter on the partnerships themselves (not on their Swedish members) is set. */
export function hasPartnershipFilters(filters: DirectoryFilters): boolean {
  return (
    filters.kinds.length > 0 ||
    filters.activities.length > 0 ||
    filters.countries.length > 0 ||
    filters.areas.length > 0 ||
    filters.fundingForms.length > 0 ||
    filters.yearFrom !== undefined ||
    filters.yearTo !== undefined
  );
}

/** The filters with those on members and names cleared: what "this member's matching partnerships" means. */
export function partnershipOnlyFilters(filters: DirectoryFilters): DirectoryFilters {
  return { ...filters, counties: [], municipalityGroups: [], organisationKinds: [], query: undefined };
}

/**
 * Prisma's `contains` becomes LIKE without escaping, so "50%" or "a_b" typed into the search
 * box would act as wildcards. Backslash is PostgreSQL's default LIKE escape.
 */
function containsText(text: string) {
  return { contains: text.replace(/[\\%_]/g, (c) => `\\${c}`), mode: "insensitive" } as const;
}

/** County, kommungrupp and kind of a member; undefined when none of them is filtered. */
export function memberWhere(filters: DirectoryFilters): Prisma.OrganisationWhereInput | undefined {
  const and: Prisma.OrganisationWhereInput[] = [];
  if (filters.counties.length) and.push({ countyCode: { in: filters.counties } });
  if (filters.municipalityGroups.length)
    and.push({ municipalityGroupCode: { in: filters.municipalityGroups } });
  if (filters.organisationKinds.length) and.push({ kind: { in: filters.organisationKinds } });
  return and.length ? { AND: and } : undefined;
}

/**
 * A member by its name. The slug also matches, so "Umea" or "ostersund" typed on a keyboard
 * without å, ä, ö still finds Umeå and Östersund.
 */
export function memberNameWhere(query: string): Prisma.OrganisationWhereInput {
  const slug = toSlug(query);
  return {
    OR: [
      { name: containsText(query) },
      { shortName: containsText(query) },
      ...(slug ? [{ slug: { contains: slug } }] : []),
    ],
  };
}

/**
 * A partner by the municipality's name for it, the place's native or ASCII name, any of the
 * place's alternate names (exact, normalised: "Vaasa" and "Vasa" both find the same town),
 * or a network's name.
 */
function partnerNameWhere(query: string): Prisma.PartnershipPartnerWhereInput {
  const key = normalizeName(query);
  return {
    OR: [
      { name: containsText(query) },
      { place: { name: containsText(query) } },
      { place: { asciiName: containsText(query) } },
      ...(key ? [{ place: { searchNames: { has: key } } }] : []),
      { network: { name: containsText(query) } },
      { network: { shortName: containsText(query) } },
    ],
  };
}

function activityWhere(activities: ActivityFilter[]): Prisma.PartnershipWhereInput {
  const levels = activities.filter((a) => a !== "UNKNOWN");
  const or: Prisma.PartnershipWhereInput[] = [];
  if (levels.length) or.push({ activityLevel: { in: levels } });
  // Not reported is stored as null.
  if (activities.includes("UNKNOWN")) or.push({ activityLevel: null });
  return { OR: or };
}

function startYearWhere(from: number | undefined, to: number | undefined): Prisma.PartnershipWhereInput {
  const range: Prisma.IntNullableFilter<"Partnership"> = {};
  if (from !== undefined) range.gte = from;
  if (to !== undefined) range.lte = to;
  return { startYear: range };
}

/**
 * Whose partnerships: `organisationId` one member's (those it stands behind); `throughParticipation`
 * for a condition on the partnership of a row that is already a public participation (counts
 * per member), which then need not ask for a confirmed participant again
 * (`visibleThroughPublicParticipation`).
 */
type PartnershipWhereOptions = {
  organisationId?: number;
  throughParticipation?: boolean;
  /** `partnerPlacesIn(filters.countries)`, read beforehand: the country filter by the Place index. */
  countryPlaceIds?: number[];
};

/**
 * The places of these countries that partners name: the country filter's place side, read once
 * through the Place index. Without it the filter joins every partner to its place, and PostgreSQL
 * hashes all 218,620 places for each statement of a page (0.1–0.2 s each on a loaded machine,
 * three statements on a country's page). Undefined without countries.
 */
export async function partnerPlacesIn(db: DbOrTx, countries: string[]): Promise<number[] | undefined> {
  if (countries.length === 0) return undefined;
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT pl."id" FROM "Place" pl
     WHERE pl."countryCode" = ANY(${countries}::text[])
       AND EXISTS (SELECT 1 FROM "PartnershipPartner" pp WHERE pp."placeId" = pl."id")`;
  return rows.map((r) => r.id);
}

/**
 * The partnerships a set of filters selects. The values of one filter are alternatives
 * (land=FI&land=NO: either country); different filters must all hold. Removed ones never;
 * ended ones only with `includeEnded`. Member filters (county, kommungrupp, kind) and the text query match when any
 * Swedish participant matches, so a shared partnership appears under each of its members.
 * `hasNone` is about members, not partnerships, and is ignored here.
 */
export function partnershipWhere(
  filters: DirectoryFilters,
  options: PartnershipWhereOptions = {},
): Prisma.PartnershipWhereInput {
  const visible =
    options.organisationId !== undefined
      ? visiblePartnershipOf(options.organisationId)
      : options.throughParticipation
        ? visibleThroughPublicParticipation
        : visiblePartnership;
  const and: Prisma.PartnershipWhereInput[] = [
    filters.includeEnded ? visible : { ...visible, endedOn: null },
  ];
  if (filters.kinds.length) and.push({ kind: { in: filters.kinds } });
  if (filters.activities.length) and.push(activityWhere(filters.activities));
  if (filters.countries.length) {
    const countries = filters.countries;
    // A place partner carries its country on the place; a country or organisation partner on itself.
    and.push({
      partners: {
        some: {
          OR: [
            options.countryPlaceIds
              ? { placeId: { in: options.countryPlaceIds } }
              : { place: { countryCode: { in: countries } } },
            { countryCode: { in: countries } },
          ],
        },
      },
    });
  }
  if (filters.areas.length) and.push({ areas: { some: { areaCode: { in: filters.areas } } } });
  if (filters.fundingForms.length)
    and.push({ fundingForms: { some: { fundingFormCode: { in: filters.fundingForms } } } });
  if (filters.yearFrom !== undefined || filters.yearTo !== undefined)
    and.push(startYearWhere(filters.yearFrom, filters.yearTo));
  const member = memberWhere(filters);
  // Only a member that stands behind a partnership finds it: a pending request is not its yet.
  if (member) and.push({ participants: { some: { ...publicParticipation, organisation: member } } });
  if (filters.query) {
    and.push({
      OR: [
        { participants: { some: { ...publicParticipation, organisation: memberNameWhere(filters.query) } } },
        { partners: { some: partnerNameWhere(filters.query) } },
      ],
    });
  }
  return { AND: and };
}
