// Query parameters of the open API. The directory's filters mean exactly what they mean on
// /samarbeten (parseDirectoryParams); unlike the pages, which ignore a bad value and say so,
// the API answers it with an RFC 9457 problem, so a client never gets a silently wider result.
import { z } from "zod";
import { resolveCountry } from "../countries/resolve-country";
import { searchParamsToRecord } from "../directory/page-params";
import { parseDirectoryParams } from "../directory/parse-params";
import { FILTER_PARAMS, type ParsedDirectoryParams } from "../directory/types";
import { problem } from "./problem";
import { DEFAULT_API_PAGE_SIZE, MAX_API_PAGE_SIZE, PAGE_SIZE_PARAM } from "./paging";

export type ApiDirectoryParams = ParsedDirectoryParams & { pageSize: number };

/** The directory filters, page and page size of an API URL, or the problem response that explains what is wrong. */
export function parseApiDirectoryParams(
  request: Request,
): { ok: true; value: ApiDirectoryParams } | { ok: false; response: Response } {
  const url = new URL(request.url);
  const parsed = parseDirectoryParams(searchParamsToRecord(url.searchParams));
  const invalid = [...parsed.invalid];
  const rawSize = url.searchParams.get(PAGE_SIZE_PARAM);
  const size =
    rawSize === null
      ? DEFAULT_API_PAGE_SIZE
      : z.coerce
          .number()
          .int()
          .min(1)
          .max(MAX_API_PAGE_SIZE)
          .safeParse(rawSize.trim() || "x");
  if (typeof size !== "number" && !size.success)
    invalid.push({ param: PAGE_SIZE_PARAM, value: rawSize!.slice(0, 40) });
  if (invalid.length > 0) {
    const list = invalid.map((i) => `${i.param}=${i.value}`).join(", ");
    return {
      ok: false,
      response: problem(
        400,
        "Bad Request",
        `Invalid query parameters: ${list}. See /api/v1/openapi.json for the accepted values.`,
        url.pathname,
      ),
    };
  }
  return { ok: true, value: { ...parsed, pageSize: typeof size === "number" ? size : size.data! } };
}

/** The directory's query parameters, documented for OpenAPI: the same names /samarbeten uses. */
export const directoryQuerySchema = z.object({
  [FILTER_PARAMS.county]: z
    .array(z.string().regex(/^\d{2}$/))
    .optional()
    .meta({ description: "County code, repeatable: lan=24&lan=23" }),
  [FILTER_PARAMS.municipalityGroup]: z
    .array(z.string())
    .optional()
    .meta({ description: "SKR kommungrupp A1..C9, repeatable" }),
  [FILTER_PARAMS.organisationKind]: z
    .array(z.enum(["kommun", "region"]))
    .optional()
    .meta({ description: "Kind of Swedish member" }),
  [FILTER_PARAMS.kind]: z
    .array(z.enum(["vanort", "partnerskap", "annat"]))
    .optional()
    .meta({ description: "Kind of partnership" }),
  [FILTER_PARAMS.activity]: z
    .array(z.enum(["aktiv", "sporadisk", "vilande", "okand"]))
    .optional()
    .meta({ description: "Activity level; okand = not reported" }),
  [FILTER_PARAMS.country]: z
    .array(z.string().regex(/^[A-Za-z]{2}$/))
    .optional()
    .meta({ description: "Partner country, ISO alpha-2, repeatable" }),
  [FILTER_PARAMS.area]: z
    .array(z.string())
    .optional()
    .meta({ description: "Cooperation area code, e.g. culture" }),
  [FILTER_PARAMS.funding]: z
    .array(z.string())
    .optional()
    .meta({ description: "Funding form code, e.g. own_means" }),
  [FILTER_PARAMS.yearFrom]: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .meta({ description: "Start year from" }),
  [FILTER_PARAMS.yearTo]: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .meta({ description: "Start year to" }),
  [FILTER_PARAMS.includeEnded]: z
    .enum(["1", "0"])
    .optional()
    .meta({ description: "1: include ended partnerships" }),
  [FILTER_PARAMS.query]: z
    .string()
    .max(100)
    .optional()
    .meta({ description: "Free text: member or partner name" }),
  [FILTER_PARAMS.page]: z.string().regex(/^\d+$/).optional().meta({ description: "Page number, from 1" }),
  [PAGE_SIZE_PARAM]: z
    .string()
    .regex(/^\d+$/)
    .optional()
    .meta({ description: `Page size, 1..${MAX_API_PAGE_SIZE} (default ${DEFAULT_API_PAGE_SIZE})` }),
});

export const memberQuerySchema = directoryQuerySchema.pick({
  [FILTER_PARAMS.county]: true,
  [FILTER_PARAMS.municipalityGroup]: true,
  [FILTER_PARAMS.organisationKind]: true,
});

/** GET /api/v1/places: a name to search the gazetteer for, optionally in one country. */
export const placeQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(2)
    .max(100)
    .meta({ description: "A name or alternate name, at least two characters", example: "Vasa" }),
  // Any spelling the one country resolver understands (lib/countries/resolve-country): a client
  // that writes "Finland", "FIN" or "Suomi" gets Finland, never a silently unfiltered list.
  land: z
    .string()
    .trim()
    .min(2)
    .max(80)
    .refine((value) => resolveCountry(value) !== undefined)
    .transform((value) => resolveCountry(value)!)
    .optional()
    .meta({
      description:
        "Only places in this country: ISO alpha-2 or alpha-3 code, or its name in Swedish, English or its own language (FI, FIN, Finland, Suomi)",
      example: "FI",
    }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(50)
    .optional()
    .meta({ description: "At most this many places (1..50, default 10)" }),
});
