// The board in the open-data API (/api/v1/partner-requests): what a visitor may see of each open
// request, parsed through a schema so no contact, sender address or token can ever slip out.
import { z } from "zod";
import type { PublicRequest } from "./queries";

const apiPartnerRequest = z.strictObject({
  id: z.number().int(),
  side: z.enum(["MEMBER", "ABROAD"]),
  kind: z.enum(["TWIN_TOWN", "MUNICIPAL_PARTNERSHIP", "PROJECT"]),
  organisation: z.strictObject({ name: z.string(), slug: z.string() }).nullable(),
  place: z.strictObject({ geonameId: z.number().int(), name: z.string() }).nullable(),
  townName: z.string().nullable(),
  countries: z.array(z.string()),
  worldRegions: z.array(z.string()),
  areas: z.array(z.string()),
  funding: z.array(z.string()),
  description: z.string(),
  descriptionEn: z.string().nullable(),
  endsOn: z.string(),
  url: z.string(),
});

export type ApiPartnerRequest = z.infer<typeof apiPartnerRequest>;

/** One page of the board, as /api/v1/partner-requests answers it. */
export const partnerRequestPageSchema = z
  .strictObject({
    total: z.number().int(),
    page: z.number().int(),
    pageCount: z.number().int(),
    ignored: z.array(z.strictObject({ param: z.string(), value: z.string() })),
    requests: z.array(apiPartnerRequest),
  })
  .meta({ id: "PartnerRequestPage" });

export function toApiPartnerRequest(request: PublicRequest): ApiPartnerRequest {
  return apiPartnerRequest.parse({
    id: request.id,
    side: request.side,
    kind: request.kind,
    organisation: request.organisation
      ? { name: request.organisation.name, slug: request.organisation.slug }
      : null,
    place: request.place ? { geonameId: request.place.id, name: request.place.name } : null,
    townName: request.townName,
    countries: request.countryCodes,
    worldRegions: request.worldRegions,
    areas: request.areaCodes,
    funding: request.fundingCodes,
    description: request.description,
    descriptionEn: request.descriptionEn,
    endsOn: request.endsOn.toISOString().slice(0, 10),
    url: `/partnersokning/${request.id}`,
  });
}
