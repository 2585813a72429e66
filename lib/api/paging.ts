// Paging of the open API's lists: `sida` (page, from 1) and `antal` (page size, 1..500, default
// 100), the same names and limits on /api/v1/partnerships and on a member's partnerships inside
// /api/v1/organisations/{code} and /api/v1/municipalities/{code}, so no answer grows without
// bound with the registry (issues 12 and 13). Each page names the addresses of the next and the
// previous page, so a client follows links instead of building them.
import { z } from "zod";
import { absoluteUrl } from "../site-url";
import { problem } from "./problem";

const PAGE_PARAM = "sida";
export const PAGE_SIZE_PARAM = "antal";
export const DEFAULT_API_PAGE_SIZE = 100;
export const MAX_API_PAGE_SIZE = 500;
// The directory's own bound on `sida` (lib/directory/parse-params.ts).
const MAX_API_PAGE = 10_000;

export type Paging = { page: number; pageSize: number };

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/**
 * `sida` and `antal` of an API address, or the 400 problem naming what is wrong. (The directory's
 * pages ignore a bad page number; an API client gets told, never a silently different page.)
 */
export function parsePaging(url: URL): { ok: true; value: Paging } | { ok: false; response: Response } {
  const invalid: string[] = [];
  const read = (param: string, fallback: number, max: number) => {
    const raw = url.searchParams.get(param);
    if (raw === null) return fallback;
    const parsed = whole(1, max).safeParse(raw.trim() || "x");
    if (parsed.success) return parsed.data;
    invalid.push(`${param}=${raw.slice(0, 40)}`);
    return fallback;
  };
  const page = read(PAGE_PARAM, 1, MAX_API_PAGE);
  const pageSize = read(PAGE_SIZE_PARAM, DEFAULT_API_PAGE_SIZE, MAX_API_PAGE_SIZE);
  if (invalid.length > 0)
    return {
      ok: false,
      response: problem(
        400,
        "Bad Request",
        `Invalid query parameters: ${invalid.join(", ")}. ${PAGE_PARAM} is a page number from 1, ` +
          `${PAGE_SIZE_PARAM} a page size from 1 to ${MAX_API_PAGE_SIZE} (default ${DEFAULT_API_PAGE_SIZE}).`,
        url.pathname,
      ),
    };
  return { ok: true, value: { page, pageSize } };
}

/** The page's figures and the full addresses of the next and previous pages (null at either end). */
export function pageInfo(path: string, query: URLSearchParams, { page, pageSize }: Paging, total: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const link = (to: number) => {
    const q = new URLSearchParams(query);
    q.delete(PAGE_PARAM);
    q.delete(PAGE_SIZE_PARAM);
    q.set(PAGE_PARAM, String(to));
    q.set(PAGE_SIZE_PARAM, String(pageSize));
    return absoluteUrl(`${path}?${q.toString()}`);
  };
  return {
    page,
    pageSize,
    total,
    pageCount,
    next: page < pageCount ? link(page + 1) : null,
    // Past the end, "previous" leads back to the last page there is.
    previous: page > 1 ? link(Math.min(page - 1, pageCount)) : null,
  };
}

/** The fields pageInfo writes, for the response schemas and the OpenAPI document. */
export const pageInfoShape = {
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
  total: z.number().int().min(0),
  pageCount: z.number().int().min(1),
  next: z.string().nullable().meta({ description: "The next page's address; null on the last page" }),
  previous: z
    .string()
    .nullable()
    .meta({ description: "The previous page's address; null on the first page" }),
};

/** `sida` and `antal` for the OpenAPI document. */
export const pagingQuerySchema = z.object({
  [PAGE_PARAM]: z.string().regex(/^\d+$/).optional().meta({ description: "Page number, from 1" }),
  [PAGE_SIZE_PARAM]: z
    .string()
    .regex(/^\d+$/)
    .optional()
    .meta({ description: `Page size, 1..${MAX_API_PAGE_SIZE} (default ${DEFAULT_API_PAGE_SIZE})` }),
});
