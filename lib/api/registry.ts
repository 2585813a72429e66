// The open API's reads: organisations, partnerships, places, countries, networks. Each result
// is parsed through its schema (schemas.ts), so nothing beyond the public fields leaves.
import type { Database } from "../database/client";
import type { PlaceKind, PlaceSource } from "../generated/prisma/client";
import { memberWhere } from "../directory/partnership-where";
import type { DirectoryFilters } from "../directory/types";
import { searchPlaces } from "../geocoding/search";
import { publicParticipation, visibleThroughPublicParticipation } from "../partnerships/participation";
import {
  findPublicPartnership,
  findPublicPartnershipsById,
  publicPartnershipDetail,
} from "../partnerships/queries";
import { toPartnershipSummary } from "./municipalities";
import { DEFAULT_API_PAGE_SIZE, pageInfo, type Paging } from "./paging";
import {
  countrySchema,
  networkSchema,
  organisationDetailSchema,
  organisationProfileSchema,
  organisationSummarySchema,
  partnershipPageSchema,
  placeSchema,
} from "./schemas";

const organisationSummary = (o: {
  code: string;
  kind: string;
  name: string;
  slug: string;
  county: { code: string; name: string };
  municipalityGroupCode: string | null;
}) =>
  organisationSummarySchema.parse({
    ...o,
    county: { code: o.county.code, name: o.county.name },
    municipalityGroup: o.municipalityGroupCode,
  });

type ProfileRow = Parameters<typeof organisationSummary>[0] & {
  website: string | null;
  internationalPageUrl: string | null;
  coordinationForms: string[];
  lastReviewedOn: Date | null;
  wikidataId: string | null;
};

/** A member's public profile (no contact person, no e-mail address: those are for the member's page only). */
export const organisationProfile = (o: ProfileRow) =>
  organisationProfileSchema.parse({
    ...organisationSummary(o),
    website: o.website,
    internationalPageUrl: o.internationalPageUrl,
    coordinationForms: o.coordinationForms,
    lastReviewedOn: o.lastReviewedOn?.toISOString().slice(0, 10) ?? null,
    wikidataId: o.wikidataId,
  });

/** Kommuner and regions, filtered by the directory's member filters (län, kommungrupp, medlem). */
export async function listOrganisations(db: Database, filters: DirectoryFilters) {
  const rows = await db.organisation.findMany({
    where: memberWhere(filters),
    include: { county: true },
    orderBy: { code: "asc" },
  });
  return rows.map(organisationSummary);
}

const FIRST_PAGE: Paging = { page: 1, pageSize: DEFAULT_API_PAGE_SIZE };

/**
 * One kommun or region by its code, with one page of its partnerships (ended ones too, never
 * removed ones; in id order) and where that page stands: the busiest member has thousands.
 */
export async function findOrganisation(db: Database, code: string, paging: Paging = FIRST_PAGE) {
  const where = { ...publicParticipation, partnership: visibleThroughPublicParticipation };
  const o = await db.organisation.findUnique({
    where: { code },
    include: {
      county: true,
      _count: { select: { participations: { where } } },
      participations: {
        where,
        include: { partnership: { include: publicPartnershipDetail } },
        orderBy: { partnershipId: "asc" },
        skip: (paging.page - 1) * paging.pageSize,
        take: paging.pageSize,
      },
    },
  });
  if (!o) return null;
  return organisationDetailSchema.parse({
    ...organisationProfile(o),
    partnerships: o.participations.map(({ partnership }) => toPartnershipSummary(partnership)),
    partnershipsPage: pageInfo(
      `/api/v1/organisations/${code}`,
      new URLSearchParams(),
      paging,
      o._count.participations,
    ),
  });
}

/**
 * A page of the partnerships the directory filters select, in id order. `query`: the filters as
 * the page's links repeat them (the canonical form, serializeDirectoryParams).
 */
export async function findPartnerships(
  db: Database,
  filters: DirectoryFilters,
  page: number,
  pageSize: number,
  query = new URLSearchParams(),
) {
  const { total, rows } = await findPublicPartnershipsById(db, filters, { page, pageSize });
  return partnershipPageSchema.parse({
    ...pageInfo("/api/v1/partnerships", query, { page, pageSize }, total),
    items: rows.map(toPartnershipSummary),
  });
}

export async function findPartnership(db: Database, id: number) {
  const p = await findPublicPartnership(db, id);
  return p ? toPartnershipSummary(p) : null;
}

const placeOf = (p: {
  id: number;
  name: string;
  asciiName: string;
  countryCode: string;
  admin1Code: string | null;
  latitude: number;
  longitude: number;
  population: number;
  featureCode: string;
  source: PlaceSource;
  kind: PlaceKind | null;
  wikidataId?: string | null;
  geonamesId?: number | null;
}) =>
  placeSchema.parse({
    ...p,
    geonameId: p.id,
    wikidataId: p.wikidataId ?? null,
    geonamesId: p.source === "GEONAMES" ? p.id : (p.geonamesId ?? null),
  });

export async function findPlaces(
  db: Database,
  query: string,
  options: { countryCode?: string; limit?: number },
) {
  return (await searchPlaces(db, query, options)).map(placeOf);
}

export async function findPlace(db: Database, geonameId: number) {
  const p = await db.place.findFirst({
    where: { id: geonameId, removedAt: null, awaitingApproval: false },
    omit: { searchNames: true, searchText: true, awaitingApproval: true },
  });
  return p ? placeOf(p) : null;
}

export async function listCountries(db: Database) {
  return (await db.country.findMany({ orderBy: { code: "asc" } })).map((c) => countrySchema.parse(c));
}

export async function listNetworks(db: Database) {
  return (await db.network.findMany({ orderBy: { name: "asc" } })).map((n) => networkSchema.parse(n));
}
