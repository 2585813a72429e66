// The board's filters in the URL, parsed like the directory's: tolerant (a link outlives its
// values), every bad value dropped and named on the page, never an error.
import { z } from "zod";
import { parsePageParam, type SearchParams } from "../directory/parse-params";
import type { PartnerRequestKind, PartnerRequestSide } from "../generated/prisma/enums";
import { KIND_VALUES, SIDE_VALUES, urlValueOf } from "./codes";

export const BOARD_PARAMS = {
  side: "fran", // "medlem" | "utland": who is seeking
  kind: "typ",
  country: "land",
  area: "omrade",
  funding: "finansiering",
  page: "sida",
} as const;

export const BOARD_PAGE_SIZE = 20;

export type BoardFilters = {
  sides: PartnerRequestSide[];
  kinds: PartnerRequestKind[];
  countries: string[];
  areas: string[];
  fundingForms: string[];
};

export type ParsedBoardParams = {
  filters: BoardFilters;
  page: number;
  invalid: { param: string; value: string }[];
};

const fromUrl = <const T extends Record<string, string>>(values: T) =>
  z
    .string()
    .toLowerCase()
    .pipe(z.enum(Object.keys(values) as [keyof T & string, ...(keyof T & string)[]]))
    .transform((key) => values[key] as T[keyof T]);
const code = z
  .string()
  .toLowerCase()
  .regex(/^[a-z_]{2,40}$/);

const SCHEMAS = {
  sides: [BOARD_PARAMS.side, fromUrl(SIDE_VALUES)],
  kinds: [BOARD_PARAMS.kind, fromUrl(KIND_VALUES)],
  countries: [
    BOARD_PARAMS.country,
    z
      .string()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/),
  ],
  areas: [BOARD_PARAMS.area, code],
  fundingForms: [BOARD_PARAMS.funding, code],
} as const satisfies Record<keyof BoardFilters, readonly [string, z.ZodType<string>]>;

/** At most this many values of one parameter are read: no filter needs more. */
const MAX_VALUES = 50;

function valuesOf(searchParams: SearchParams, param: string): string[] {
  const raw = searchParams[param];
  const all = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return all
    .map((v) => v.trim())
    .filter((v) => v !== "")
    .slice(0, MAX_VALUES);
}

export function parseBoardParams(searchParams: SearchParams): ParsedBoardParams {
  const invalid: ParsedBoardParams["invalid"] = [];
  const filters = {} as Record<keyof BoardFilters, string[]>;
  for (const [key, [param, schema]] of Object.entries(SCHEMAS) as [
    keyof BoardFilters,
    readonly [string, z.ZodType<string>],
  ][]) {
    const accepted = new Set<string>();
    for (const value of valuesOf(searchParams, param)) {
      const parsed = schema.safeParse(value);
      if (parsed.success) accepted.add(parsed.data);
      else invalid.push({ param, value: value.length > 40 ? `${value.slice(0, 40)}…` : value });
    }
    filters[key] = [...accepted];
  }
  return { filters: filters as BoardFilters, page: parsePageParam(searchParams), invalid };
}

/** The filters (and page) back as a query string, in a stable order. */
export function serializeBoardParams(parsed: { filters: BoardFilters; page?: number }): URLSearchParams {
  const params = new URLSearchParams();
  const { filters } = parsed;
  for (const side of filters.sides) params.append(BOARD_PARAMS.side, urlValueOf(SIDE_VALUES, side));
  for (const kind of filters.kinds) params.append(BOARD_PARAMS.kind, urlValueOf(KIND_VALUES, kind));
  for (const country of filters.countries) params.append(BOARD_PARAMS.country, country);
  for (const area of filters.areas) params.append(BOARD_PARAMS.area, area);
  for (const funding of filters.fundingForms) params.append(BOARD_PARAMS.funding, funding);
  if (parsed.page && parsed.page > 1) params.set(BOARD_PARAMS.page, String(parsed.page));
  return params;
}
