// The open API's response shapes. Every response is built by parsing through one of these
// (zod strips unknown keys), so only the fields listed here can ever leave the server; the
// OpenAPI document (openapi.ts) is generated from the same schemas.
import "zod-openapi";
import { z } from "zod";
import {
  municipalityDetail,
  municipalitySummary,
  pageInfoSchema,
  partnershipSummary,
} from "./municipalities";
import { pageInfoShape } from "./paging";
import { MEMBER_KINDS, ACTIVITY_LEVELS, WORLD_REGIONS, COORDINATION_FORMS } from "../database/enums";

const countySchema = z.object({
  code: z.string().meta({ example: "24" }),
  name: z.string().meta({ example: "Västerbottens län" }),
});

export const organisationSummarySchema = z
  .object({
    code: z.string().meta({
      description: "SCB's kommunkod (four digits) or a region's county code (two digits)",
      example: "2480",
    }),
    kind: z.enum(MEMBER_KINDS),
    name: z.string().meta({ example: "Umeå kommun" }),
    slug: z.string().meta({ example: "umea" }),
    county: countySchema,
    municipalityGroup: z
      .string()
      .nullable()
      .meta({ description: "SKR's kommungrupp (A1..C9), when imported" }),
  })
  .meta({ id: "OrganisationSummary" });

export const partnershipSchema = partnershipSummary.meta({ id: "Partnership" });

export const organisationDetailSchema = organisationSummarySchema
  .extend({
    website: z.string().nullable(),
    internationalPageUrl: z.string().nullable(),
    coordinationForms: z.array(z.enum(COORDINATION_FORMS)),
    lastReviewedOn: z
      .string()
      .nullable()
      .meta({ description: "When the member last confirmed its information (ISO date)" }),
    wikidataId: z.string().nullable().meta({ description: "The member's Wikidata item", example: "Q25724" }),
    partnerships: z
      .array(partnershipSchema)
      .meta({ description: "One page of the member's partnerships, in id order: see partnershipsPage" }),
    partnershipsPage: pageInfoSchema,
  })
  .meta({ id: "OrganisationDetail" });

/** A member's public profile without its partnerships: what the change list publishes about it. */
export const organisationProfileSchema = organisationDetailSchema
  .omit({ partnerships: true, partnershipsPage: true })
  .meta({ id: "OrganisationProfile" });

export const municipalitySummarySchema = municipalitySummary.meta({ id: "MunicipalitySummary" });
export const municipalityDetailSchema = municipalityDetail.meta({ id: "MunicipalityDetail" });

export const placeSchema = z
  .object({
    geonameId: z.number().int().meta({ example: 632978 }),
    name: z.string().meta({ example: "Vaasa" }),
    asciiName: z.string(),
    countryCode: z.string().meta({ example: "FI" }),
    admin1Code: z.string().nullable(),
    latitude: z.number(),
    longitude: z.number(),
    population: z.number().int(),
    featureCode: z.string(),
    source: z.enum(["GEONAMES", "ADMIN_DIVISION", "REGISTRY"]).meta({
      description:
        "GEONAMES: GeoNames' cities500 (geonameId is the GeoNames id). ADMIN_DIVISION: a GeoNames administrative division (ids 1,900,000,000 and up). REGISTRY: added in the registry (ids above 2,000,000,000)",
    }),
    kind: z.enum(["MUNICIPALITY", "REGION", "TOWN", "ISLAND"]).nullable(),
    wikidataId: z.string().nullable().meta({ example: "Q21157" }),
    geonamesId: z
      .number()
      .int()
      .nullable()
      .meta({ description: "The place's id at GeoNames, when it has one" }),
  })
  .meta({ id: "Place" });

export const countrySchema = z
  .object({
    code: z.string().meta({ description: "ISO 3166-1 alpha-2", example: "FI" }),
    nameSv: z.string().meta({ example: "Finland" }),
    nameEn: z.string().meta({ example: "Finland" }),
    worldRegion: z.enum(WORLD_REGIONS).meta({ description: "The 2018 report's grouping" }),
  })
  .meta({ id: "Country" });

export const networkSchema = z
  .object({
    id: z.number().int(),
    name: z.string().meta({ example: "Union of Baltic Cities" }),
    shortName: z.string().nullable(),
    description: z.string().nullable(),
    website: z.string().nullable(),
  })
  .meta({ id: "Network" });

function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z.object({ ...pageInfoShape, items: z.array(item) }).meta({ id });
}
export const partnershipPageSchema = pageOf(partnershipSchema, "PartnershipPage");

const counts = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<K, z.ZodNumber>);
const byKind = <T extends z.ZodType>(value: T) =>
  z.object({ TWIN_TOWN: value, MUNICIPAL_PARTNERSHIP: value, OTHER: value });
const byMemberKind = <T extends z.ZodType>(value: T) => z.object({ MUNICIPALITY: value, REGION: value });
const ranked = z.array(z.object({ code: z.string(), count: z.number().int() }));
const breakdown = z.array(
  z.object({
    code: z.string().nullable(),
    name: z.string(),
    members: z.number().int(),
    membersWithAny: z.number().int(),
    partnerships: z.number().int(),
  }),
);

export const statisticsSchema = z
  .object({
    /** How complete the registry is: read every other figure in its light (unknown is not zero). */
    coverage: z.object({
      members: byMemberKind(z.object({ members: z.number().int(), reported: z.number().int() })),
      partnerships: z.object({ current: z.number().int(), withKnownActivity: z.number().int() }),
      complete: z.boolean(),
    }),
    engagement: byMemberKind(
      counts(["members", "withTwinOrPartnership", "withOther", "withBoth", "withAny", "withNone"]),
    ),
    kinds: byKind(counts(["total", "byMunicipalities", "byRegions"])),
    activity: byKind(counts([...ACTIVITY_LEVELS, "UNKNOWN", "total"])),
    countries: counts(["twinOrPartnership", "all"]),
    worldRegions: counts([...WORLD_REGIONS, "UNKNOWN"]),
    areas: z.object({
      TWIN_OR_PARTNERSHIP: z.object({
        partnerships: z.number().int(),
        withAreas: z.number().int(),
        rows: ranked,
      }),
      OTHER: z.object({ partnerships: z.number().int(), withAreas: z.number().int(), rows: ranked }),
    }),
    funding: byKind(byMemberKind(z.object({ membersWithFunding: z.number().int(), rows: ranked }))),
    topMembers: byMemberKind(
      byKind(
        z.array(
          z.object({
            code: z.string(),
            name: z.string(),
            slug: z.string(),
            kind: z.enum(MEMBER_KINDS),
            active: z.number().int(),
            activeOrSporadic: z.number().int(),
          }),
        ),
      ),
    ),
    byCounty: breakdown,
    byMunicipalityGroup: breakdown,
    coordination: byMemberKind(
      z.object({ members: z.number().int(), membersReporting: z.number().int(), rows: ranked }),
    ),
    twinOrPartnershipTotal: z.number().int(),
    municipalitiesWithTwinOrPartnership: z.number().int(),
    country: z
      .object({
        code: z.string(),
        partnerships: byKind(z.number().int()),
        members: byMemberKind(
          z.object({
            TWIN_TOWN: z.number().int(),
            MUNICIPAL_PARTNERSHIP: z.number().int(),
            OTHER: z.number().int(),
            TWIN_OR_PARTNERSHIP: z.number().int(),
          }),
        ),
      })
      .nullable(),
    historicalRounds: z.array(
      z.object({
        year: z.number().int(),
        twinOrPartnershipTotal: z.number().int(),
        municipalitiesWithTwinOrPartnership: z.number().int(),
        source: z.string(),
      }),
    ),
  })
  .meta({ id: "Statistics" });

export const problemSchema = z
  .object({
    type: z.string(),
    status: z.number().int(),
    title: z.string(),
    detail: z.string(),
    instance: z.string().optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });
