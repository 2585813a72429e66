// Reads the directory filters out of a URL and writes them back. Parsing is tolerant on
// purpose: links get shared, edited by hand and outlive the values they name, so a bad value
// is dropped and reported (the page says what it ignored) instead of failing the page.
import { z } from "zod";
import type { ActivityLevel, OrganisationKind, PartnershipKind } from "../generated/prisma/enums";
import {
  FILTER_PARAMS,
  type ActivityFilter,
  type DirectoryFilters,
  type DirectorySort,
  type InvalidParam,
  type ParsedDirectoryParams,
  PAGE_SIZE,
} from "./types";

export type SearchParams = Record<string, string | string[] | undefined>;

/** URL values (Swedish, ASCII) of the enumerations. The reverse maps are derived from these. */
export const KIND_VALUES = {
  vanort: "TWIN_TOWN",
  partnerskap: "MUNICIPAL_PARTNERSHIP",
  annat: "OTHER",
} as const satisfies Record<string, PartnershipKind>;
export const ACTIVITY_VALUES = {
  aktiv: "ACTIVE",
  sporadisk: "SPORADIC",
  vilande: "DORMANT",
  okand: "UNKNOWN",
} as const satisfies Record<string, ActivityLevel | "UNKNOWN">;
const MEMBER_VALUES = { kommun: "MUNICIPALITY", region: "REGION" } as const satisfies Record<
  string,
  OrganisationKind
>;
// A Record so that a sort added to the contract fails to compile until it is listed here.
const SORTS: Record<DirectorySort, true> = {
  name: true,
  county: true,
  partnerships: true,
  startYear: true,
  country: true,
};

const DEFAULT_SORT: DirectorySort = "name";
const MAX_PAGE = 10_000;
const MAX_QUERY_LENGTH = 100;

/** How many pages of PAGE_SIZE rows `total` rows fill; an empty result still has page 1. */
export function pageCountOf(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
/** The bounds the database enforces on Partnership.startYear; anything else cannot match. */
const YEAR_RANGE = [1900, 2100] as const;

function fromUrlValue<const T extends Record<string, string>>(values: T) {
  const keys = Object.keys(values) as [keyof T & string, ...(keyof T & string)[]];
  return z
    .string()
    .toLowerCase()
    .pipe(z.enum(keys))
    .transform((key) => values[key] as T[keyof T]);
}

function invert<T extends Record<string, string>>(values: T): Record<T[keyof T], string> {
  return Object.fromEntries(Object.entries(values).map(([url, value]) => [value, url])) as Record<
    T[keyof T],
    string
  >;
}

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
// Forms send "on" for a ticked checkbox without a value; links carry "1".
const flag = z
  .enum(["1", "on", "true", "0", "off", "false"])
  .transform((v) => v === "1" || v === "on" || v === "true");
const catalogueCode = z
  .string()
  .toLowerCase()
  .regex(/^[a-z_]{2,40}$/);

const LIST_SCHEMAS = {
  counties: z.string().regex(/^\d{2}$/),
  municipalityGroups: z
    .string()
    .toUpperCase()
    .regex(/^(A[12]|B[345]|C[6-9])$/),
  organisationKinds: fromUrlValue(MEMBER_VALUES),
  kinds: fromUrlValue(KIND_VALUES),
  activities: fromUrlValue(ACTIVITY_VALUES),
  countries: z
    .string()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/),
  areas: catalogueCode,
  fundingForms: catalogueCode,
} satisfies Record<string, z.ZodType<string>>;

const LIST_PARAMS = {
  counties: FILTER_PARAMS.county,
  municipalityGroups: FILTER_PARAMS.municipalityGroup,
  organisationKinds: FILTER_PARAMS.organisationKind,
  kinds: FILTER_PARAMS.kind,
  activities: FILTER_PARAMS.activity,
  countries: FILTER_PARAMS.country,
  areas: FILTER_PARAMS.area,
  fundingForms: FILTER_PARAMS.funding,
} as const satisfies Record<keyof typeof LIST_SCHEMAS, string>;

const year = integer(...YEAR_RANGE);
const page = integer(1, MAX_PAGE);

/** The page number alone (`sida`), for the pages that list one country's or place's partnerships. */
export function parsePageParam(searchParams: SearchParams): number {
  const [first] = valuesOf(searchParams, FILTER_PARAMS.page);
  const parsed = first === undefined ? undefined : page.safeParse(first);
  return parsed?.success ? parsed.data : 1;
}
const sort = z.enum(Object.keys(SORTS) as [DirectorySort, ...DirectorySort[]]);
// Control characters (a NUL byte is rejected by PostgreSQL) can only be noise in a name search.
const query = z
  .string()
  .max(MAX_QUERY_LENGTH)
  .transform((text) => text.replace(/[\u0000-\u001f\u007f]/g, "").trim())
  .pipe(z.string().min(1));

/** Every non-empty value of a parameter, trimmed. Empty ones are what a form sends for "any". */
function valuesOf(searchParams: SearchParams, param: string): string[] {
  const raw = searchParams[param];
  const all = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return all.map((v) => v.trim().replace(/\s+/g, " ")).filter((v) => v !== "");
}

/** What the page repeats back about an ignored value: bounded, so a pasted essay stays off the page. */
function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** Parses the directory's URL parameters; never throws. Unknown parameters are ignored silently. */
export function parseDirectoryParams(searchParams: SearchParams): ParsedDirectoryParams {
  const invalid: InvalidParam[] = [];
  const reject = (param: string, value: string) => invalid.push({ param, value: shown(value) });

  function list<T extends string>(param: string, schema: z.ZodType<T, string>): T[] {
    const accepted: T[] = [];
    for (const value of valuesOf(searchParams, param)) {
      const parsed = schema.safeParse(value);
      if (!parsed.success) reject(param, value);
      else if (!accepted.includes(parsed.data)) accepted.push(parsed.data);
    }
    return accepted;
  }

  // Single-valued parameters take their first value; repeats are reported, not silently lost.
  function single<T>(param: string, schema: z.ZodType<T, string>): T | undefined {
    const [first, ...rest] = valuesOf(searchParams, param);
    rest.forEach((value) => reject(param, value));
    if (first === undefined) return undefined;
    const parsed = schema.safeParse(first);
    if (!parsed.success) reject(param, first);
    return parsed.success ? parsed.data : undefined;
  }

  const filters: DirectoryFilters = {
    counties: list(LIST_PARAMS.counties, LIST_SCHEMAS.counties),
    municipalityGroups: list(LIST_PARAMS.municipalityGroups, LIST_SCHEMAS.municipalityGroups),
    organisationKinds: list(LIST_PARAMS.organisationKinds, LIST_SCHEMAS.organisationKinds),
    kinds: list(LIST_PARAMS.kinds, LIST_SCHEMAS.kinds),
    activities: list<ActivityFilter>(LIST_PARAMS.activities, LIST_SCHEMAS.activities),
    countries: list(LIST_PARAMS.countries, LIST_SCHEMAS.countries),
    areas: list(LIST_PARAMS.areas, LIST_SCHEMAS.areas),
    fundingForms: list(LIST_PARAMS.fundingForms, LIST_SCHEMAS.fundingForms),
    includeEnded: single(FILTER_PARAMS.includeEnded, flag) ?? false,
    hasNone: single(FILTER_PARAMS.hasNone, flag) ?? false,
  };

  const yearFrom = single(FILTER_PARAMS.yearFrom, year);
  const yearTo = single(FILTER_PARAMS.yearTo, year);
  if (yearFrom !== undefined) filters.yearFrom = yearFrom;
  // A reversed range matches nothing; keeping "from" and dropping "to" shows the reader something.
  if (yearTo !== undefined && yearFrom !== undefined && yearTo < yearFrom)
    reject(FILTER_PARAMS.yearTo, String(yearTo));
  else if (yearTo !== undefined) filters.yearTo = yearTo;

  const q = single(FILTER_PARAMS.query, query);
  if (q !== undefined) filters.query = q;

  return {
    filters,
    sort: single(FILTER_PARAMS.sort, sort) ?? DEFAULT_SORT,
    page: single(FILTER_PARAMS.page, page) ?? 1,
    invalid,
  };
}

const KIND_URL = invert(KIND_VALUES);
const ACTIVITY_URL = invert(ACTIVITY_VALUES);
const MEMBER_URL = invert(MEMBER_VALUES);

/**
 * The URL parameters of a view: the inverse of `parseDirectoryParams`, leaving out defaults,
 * so links, pagination and "download this selection" reproduce exactly what is shown.
 */
export function serializeDirectoryParams(params: {
  filters: Partial<DirectoryFilters>;
  sort?: DirectorySort;
  page?: number;
}): URLSearchParams {
  const { filters, sort = DEFAULT_SORT, page = 1 } = params;
  const out = new URLSearchParams();
  const addAll = (param: string, values: readonly string[] | undefined) =>
    values?.forEach((v) => out.append(param, v));

  addAll(FILTER_PARAMS.county, filters.counties);
  addAll(FILTER_PARAMS.municipalityGroup, filters.municipalityGroups);
  addAll(
    FILTER_PARAMS.organisationKind,
    filters.organisationKinds?.map((k) => MEMBER_URL[k]),
  );
  addAll(
    FILTER_PARAMS.kind,
    filters.kinds?.map((k) => KIND_URL[k]),
  );
  addAll(
    FILTER_PARAMS.activity,
    filters.activities?.map((a) => ACTIVITY_URL[a]),
  );
  addAll(FILTER_PARAMS.country, filters.countries);
  addAll(FILTER_PARAMS.area, filters.areas);
  addAll(FILTER_PARAMS.funding, filters.fundingForms);
  if (filters.yearFrom !== undefined) out.append(FILTER_PARAMS.yearFrom, String(filters.yearFrom));
  if (filters.yearTo !== undefined) out.append(FILTER_PARAMS.yearTo, String(filters.yearTo));
  if (filters.includeEnded) out.append(FILTER_PARAMS.includeEnded, "1");
  if (filters.hasNone) out.append(FILTER_PARAMS.hasNone, "1");
  if (filters.query) out.append(FILTER_PARAMS.query, filters.query);
  if (sort !== DEFAULT_SORT) out.append(FILTER_PARAMS.sort, sort);
  if (page !== 1) out.append(FILTER_PARAMS.page, String(page));
  return out;
}
