import { z } from "zod";
import type { findMunicipalityByCode, listMunicipalities } from "../organisations/queries";
import { partnerLabel } from "../partnerships/partner-label";
import type { PartnershipWithDetail } from "../partnerships/types";
import { PARTNERSHIP_KINDS, ACTIVITY_LEVELS, VERIFICATION_STATES } from "../database/enums";
import { pageInfoShape } from "./paging";

// What the open API publishes about kommuner and their partnerships. Only these fields leave
// the server: responses are built through these schemas.

const county = z.object({ code: z.string(), name: z.string() });

export const municipalitySummary = z.object({
  code: z.string().describe("SCB's kommunkod"),
  name: z.string(),
  slug: z.string(),
  county,
});

const partner = z.object({
  type: z.enum(["PLACE", "COUNTRY", "NETWORK", "ORGANISATION", "FREE_TEXT"]),
  label: z.string().describe('As shown on the site, e.g. "Vasa (Vaasa)"'),
  name: z.string().nullable().describe("The municipality's own name for the partner"),
  geonameId: z.number().nullable(),
  placeName: z.string().nullable(),
  countryCode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  network: z.string().nullable(),
});

export const partnershipSummary = z.object({
  id: z.number(),
  kind: z.enum(PARTNERSHIP_KINDS),
  otherType: z.string().nullable(),
  title: z.string().nullable(),
  activityLevel: z.enum(ACTIVITY_LEVELS).nullable(),
  startYear: z.number().nullable(),
  endedOn: z.string().nullable(),
  verification: z.enum(VERIFICATION_STATES),
  participants: z
    .array(z.object({ code: z.string(), name: z.string() }))
    .describe(
      "The Swedish members that stand behind it: a member asked to join is listed once it has confirmed",
    ),
  partners: z.array(partner),
  areas: z.array(z.string()),
  fundingForms: z.array(z.string()),
  description: z.string().nullable(),
  source: z.string().nullable(),
});

/** Where a page of a longer list stands (sida, antal), with the addresses of its neighbours. */
export const pageInfoSchema = z
  .object(pageInfoShape)
  .meta({ id: "PageInfo", description: "This page of the list: its number and size, the total, and links" });

export const municipalityDetail = municipalitySummary.extend({
  partnerships: z
    .array(partnershipSummary)
    .describe("One page of the kommun's partnerships, in id order: see partnershipsPage"),
  partnershipsPage: pageInfoSchema,
});

type MunicipalityRow = Awaited<ReturnType<typeof listMunicipalities>>[number];
type MunicipalityWithPartnerships = NonNullable<Awaited<ReturnType<typeof findMunicipalityByCode>>>;

export function toMunicipalitySummary(m: MunicipalityRow) {
  return municipalitySummary.parse({ ...m, county: { code: m.county.code, name: m.county.name } });
}

export function toMunicipalityDetail(
  m: MunicipalityWithPartnerships,
  partnershipsPage: z.input<typeof pageInfoSchema>,
) {
  return municipalityDetail.parse({
    ...toMunicipalitySummary(m),
    partnerships: m.participations.map(({ partnership }) => toPartnershipSummary(partnership)),
    partnershipsPage,
  });
}

/** What a partner row holds, from the pages' Prisma read or from the downloads' cursor. */
type PartnerRow = Parameters<typeof partnerLabel>[0] & {
  type: z.infer<typeof partner>["type"];
  countryCode?: string | null;
  place: { id: number; name: string; countryCode: string; latitude: number; longitude: number } | null;
  country: { code: string; nameSv: string; nameEn: string } | null;
};

/** A partner as the open API publishes it: labelled as the site labels it (Swedish). */
export const toApiPartner = (x: PartnerRow): z.input<typeof partner> => ({
  type: x.type,
  label: partnerLabel(x),
  name: x.name,
  geonameId: x.place?.id ?? null,
  placeName: x.place?.name ?? null,
  countryCode: x.place?.countryCode ?? x.countryCode ?? x.country?.code ?? null,
  latitude: x.place?.latitude ?? null,
  longitude: x.place?.longitude ?? null,
  network: x.network?.name ?? null,
});

/** A partnership as the open API publishes it. */
export function toPartnershipSummary(p: PartnershipWithDetail) {
  return partnershipSummary.parse({
    ...p,
    endedOn: p.endedOn?.toISOString().slice(0, 10) ?? null,
    participants: p.participants.map((x) => x.organisation),
    partners: p.partners.map(toApiPartner),
    areas: p.areas.map((a) => a.areaCode),
    fundingForms: p.fundingForms.map((f) => f.fundingFormCode),
  });
}
