// The contract between the directory pages (/kommuner, /samarbeten, the map) and their
// queries: filters as they live in the URL, parsed and typed. Parameter names are Swedish
// and the same on the English site, so a link reproduces a view in either language.
import type { ActivityLevel, OrganisationKind, PartnershipKind } from "../generated/prisma/enums";

/** URL parameter names. Multi-valued ones repeat: ?land=FI&land=NO. */
export const FILTER_PARAMS = {
  county: "lan", // county code "24"
  municipalityGroup: "kommungrupp", // "A1".."C9"
  organisationKind: "medlem", // "kommun" | "region"
  kind: "typ", // "vanort" | "partnerskap" | "annat"
  activity: "aktivitet", // "aktiv" | "sporadisk" | "vilande" | "okand"
  country: "land", // ISO alpha-2, any case
  area: "omrade", // CooperationArea.code
  funding: "finansiering", // FundingForm.code
  yearFrom: "fran", // start year from
  yearTo: "till", // start year to
  includeEnded: "avslutade", // "1": include ended partnerships
  hasNone: "utan", // "1": organisations with no current partnership (directory only)
  query: "q", // free text: organisation or partner name
  sort: "sortera",
  page: "sida",
} as const;

export type ActivityFilter = ActivityLevel | "UNKNOWN";

export type DirectoryFilters = {
  counties: string[];
  municipalityGroups: string[];
  organisationKinds: OrganisationKind[];
  kinds: PartnershipKind[];
  activities: ActivityFilter[];
  countries: string[];
  areas: string[];
  fundingForms: string[];
  yearFrom?: number;
  yearTo?: number;
  includeEnded: boolean;
  hasNone: boolean;
  query?: string;
};

export type DirectorySort = "name" | "county" | "partnerships" | "startYear" | "country";

/** Parameters that were present but unusable, so the page can say what it ignored. */
export type InvalidParam = { param: string; value: string };

export type ParsedDirectoryParams = {
  filters: DirectoryFilters;
  sort: DirectorySort;
  page: number;
  invalid: InvalidParam[];
};

export const PAGE_SIZE = 50;

/** No filter at all: every current partnership, every member. */
export const NO_FILTERS: DirectoryFilters = {
  counties: [],
  municipalityGroups: [],
  organisationKinds: [],
  kinds: [],
  activities: [],
  countries: [],
  areas: [],
  fundingForms: [],
  includeEnded: false,
  hasNone: false,
};
