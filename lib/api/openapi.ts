// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes parse their
// responses through (zod-openapi), so the document cannot drift from what is served.
import { z } from "zod";
import { createDocument } from "zod-openapi";
import { partnerRequestPageSchema } from "../partner-search/api";
import { DATA_LICENSE_URL } from "./http";
import { changePageSchema } from "../changes/schema";
import { pagingQuerySchema } from "./paging";
import { directoryQuerySchema, memberQuerySchema, placeQuerySchema } from "./params";
import {
  countrySchema,
  municipalityDetailSchema,
  municipalitySummarySchema,
  networkSchema,
  organisationDetailSchema,
  organisationSummarySchema,
  partnershipPageSchema,
  partnershipSchema,
  placeSchema,
  problemSchema,
  statisticsSchema,
} from "./schemas";

const json = (schema: z.ZodType, description: string) => ({
  description,
  headers: z.object({
    ETag: z
      .string()
      .meta({ description: "Send it back in If-None-Match to get 304 Not Modified when nothing changed" }),
    Link: z.string().meta({ description: `<${DATA_LICENSE_URL}>; rel="license"` }),
  }),
  content: { "application/json": { schema } },
});
const problems = (...statuses: (400 | 404)[]) =>
  Object.fromEntries(
    statuses.map((s) => [
      String(s),
      {
        description: s === 400 ? "Invalid parameters" : "Not found",
        content: { "application/problem+json": { schema: problemSchema } },
      },
    ]),
  );
const notModified = { "304": { description: "Not modified (If-None-Match matched the ETag)" } };
const get = (
  summary: string,
  responses: Record<string, unknown>,
  requestParams?: Record<string, z.ZodObject>,
) => ({
  get: { summary, ...(requestParams ? { requestParams } : {}), responses: { ...responses, ...notModified } },
});

/** The API's paths, for the document and for the test that checks every route is in it. */
export const API_PATHS = [
  "/api/v1/organisations",
  "/api/v1/organisations/{code}",
  "/api/v1/municipalities",
  "/api/v1/municipalities/{code}",
  "/api/v1/partnerships",
  "/api/v1/partnerships/{id}",
  "/api/v1/places",
  "/api/v1/places/{geonameId}",
  "/api/v1/countries",
  "/api/v1/networks",
  "/api/v1/statistics",
  "/api/v1/bulk/{file}",
  "/api/v1/changes",
  "/api/v1/dcat",
  "/api/v1/wikidata/quickstatements",
  "/api/v1/partner-requests",
] as const;

export function openApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Vänortsregistret open data API",
      version: "1.0.0",
      description:
        "Read-only data on Swedish municipalities' and regions' twin towns, municipal partnerships and other international cooperation. All data is CC0 1.0 (public domain dedication). Gazetteer places come from GeoNames (CC BY 4.0).",
      license: { name: "CC0 1.0 Universal", identifier: "CC0-1.0" },
    },
    paths: {
      "/api/v1/organisations": get(
        "Every kommun and region",
        { "200": json(z.array(organisationSummarySchema), "Members"), ...problems(400) },
        { query: memberQuerySchema },
      ),
      "/api/v1/organisations/{code}": get(
        "One kommun or region with one page of its partnerships (sida, antal; partnershipsPage links the next page)",
        { "200": json(organisationDetailSchema, "The member"), ...problems(400, 404) },
        {
          path: z.object({
            code: z.string().meta({ description: "Kommunkod (2480) or a region's county code (24)" }),
          }),
          query: pagingQuerySchema,
        },
      ),
      "/api/v1/municipalities": get("Every kommun (kept for existing clients)", {
        "200": json(z.array(municipalitySummarySchema), "Kommuner"),
      }),
      "/api/v1/municipalities/{code}": get(
        "One kommun with one page of its partnerships (kept for existing clients; paged like /api/v1/organisations/{code})",
        { "200": json(municipalityDetailSchema, "The kommun"), ...problems(400, 404) },
        {
          path: z.object({ code: z.string().meta({ description: "Kommunkod, four digits" }) }),
          query: pagingQuerySchema,
        },
      ),
      "/api/v1/partnerships": get(
        "Partnerships, with every filter of /samarbeten, paged",
        { "200": json(partnershipPageSchema, "A page of partnerships"), ...problems(400) },
        { query: directoryQuerySchema },
      ),
      "/api/v1/partnerships/{id}": get(
        "One partnership",
        { "200": json(partnershipSchema, "The partnership"), ...problems(400, 404) },
        { path: z.object({ id: z.string().regex(/^\d+$/) }) },
      ),
      "/api/v1/places": get(
        "Search the gazetteer",
        { "200": json(z.array(placeSchema), "Places, best match first"), ...problems(400) },
        { query: placeQuerySchema },
      ),
      "/api/v1/places/{geonameId}": get(
        "One gazetteer place",
        { "200": json(placeSchema, "The place"), ...problems(400, 404) },
        { path: z.object({ geonameId: z.string().regex(/^\d+$/) }) },
      ),
      "/api/v1/countries": get("Every country", { "200": json(z.array(countrySchema), "Countries") }),
      "/api/v1/networks": get("Every network", { "200": json(z.array(networkSchema), "Networks") }),
      "/api/v1/statistics": get(
        "The statistics of /statistik (now or of a closed inventory round), optionally with one country's counts",
        { "200": json(statisticsSchema, "Figures"), ...problems(400) },
        {
          query: z.object({
            land: z
              .string()
              .regex(/^[A-Za-z]{2}$/)
              .optional()
              .meta({ description: "A country (ISO alpha-2) to count" }),
            omgang: z
              .string()
              .regex(/^\d+$/)
              .optional()
              .meta({ description: "A closed inventory round's id: its frozen figures instead of today's" }),
          }),
        },
      ),
      "/api/v1/changes": get(
        "Every public change in order (created, edited, ended, removed, restored; member profiles), after a cursor",
        { "200": json(changePageSchema, "A page of changes, oldest first"), ...problems(400) },
        {
          query: z.object({
            since: z.string().optional().meta({
              description:
                "A cursor from an earlier answer (a change's cursor or the page's next); leave it out to start from the beginning",
            }),
            antal: z
              .string()
              .regex(/^\d+$/)
              .optional()
              .meta({ description: "Changes per page, 1 to 500 (default 100)" }),
          }),
        },
      ),
      "/api/v1/dcat": {
        get: {
          summary:
            "DCAT-AP-SE description of the open data (catalogue, dataset, distributions), for data portals",
          requestParams: {
            query: z.object({
              format: z.enum(["rdf", "jsonld"]).optional().meta({
                description: "rdf: RDF/XML (default, what Sweden's data portal harvests); jsonld: JSON-LD",
              }),
            }),
          },
          responses: {
            "200": {
              description: "The catalogue",
              content: {
                "application/rdf+xml": { schema: z.string() },
                "application/ld+json": { schema: z.object({}).passthrough() },
              },
            },
            ...problems(400),
          },
        },
      },
      "/api/v1/wikidata/quickstatements": {
        get: {
          summary:
            "Twin towns as Wikidata QuickStatements (P190 with P580/P582 and a reference URL), for partnerships whose both sides have a Wikidata item",
          responses: {
            "200": {
              description: "QuickStatements (version 1, tab separated)",
              content: { "text/plain": { schema: z.string() } },
            },
          },
        },
      },
      "/api/v1/partner-requests": get(
        "The open requests of the partner search (/partnersokning), 20 a page, filtered by the board's parameters (fran, typ, land, omrade, finansiering, sida). No contact details.",
        { "200": json(partnerRequestPageSchema, "Requests") },
      ),
      "/api/v1/bulk/{file}": {
        get: {
          summary:
            "The whole registry as one file (CC0): vanortsregistret.csv, vanortsregistret.json or vanortsregistret.geojson",
          requestParams: {
            path: z.object({
              file: z.enum(["vanortsregistret.csv", "vanortsregistret.json", "vanortsregistret.geojson"]),
            }),
            query: z.object({
              lang: z
                .enum(["sv", "en"])
                .optional()
                .meta({ description: "Language of the CSV (sv: ';' separated, en: ','). Default sv." }),
            }),
          },
          responses: {
            "200": {
              description: "The file",
              content: {
                "text/csv": { schema: z.string() },
                "application/json": { schema: z.object({}).passthrough() },
                "application/geo+json": { schema: z.object({}).passthrough() },
              },
            },
            ...problems(404),
          },
        },
      },
    },
  });
}
