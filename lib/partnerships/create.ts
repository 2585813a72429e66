import { recordAudit, type Actor } from "../audit/record";
import type { DbOrTx } from "../database/transaction";
import type { ActivityLevel, OtherCooperationType, PartnershipKind, VerificationState } from "../generated/prisma/client";

export type PartnerInput =
  | { type: "PLACE"; placeId: number; name?: string }
  | { type: "COUNTRY"; countryCode: string; name?: string }
  | { type: "NETWORK"; networkId: number; name?: string }
  | { type: "ORGANISATION" | "FREE_TEXT"; name: string; countryCode?: string };

export type NewPartnership = {
  kind: PartnershipKind;
  otherType?: OtherCooperationType;
  title?: string;
  activityLevel?: ActivityLevel;
  startYear?: number;
  decisionRefs?: string[];
  description?: string;
  verification: VerificationState;
  reviewNote?: string;
  source?: string;
  participantIds: number[];
  partners: PartnerInput[];
  areaCodes?: string[];
  fundingCodes?: string[];
};

/** Everything that makes up a partnership, as the audit log and the pages want it. */
export const partnershipDetail = {
  participants: { include: { organisation: { select: { id: true, code: true, name: true, shortName: true, slug: true, kind: true } } } },
  partners: {
    include: {
      // Not the gazetteer's search columns: they are large and no page shows them.
      place: {
        select: { id: true, name: true, countryCode: true, admin1Code: true, latitude: true, longitude: true, population: true, country: true },
      },
      country: true,
      network: true,
    },
    orderBy: { position: "asc" },
  },
  areas: { include: { area: true } },
  fundingForms: { include: { fundingForm: true } },
} as const;

/** Creates a partnership with its participants, partners, areas and funding, and audits it. */
export async function createPartnership(db: DbOrTx, input: NewPartnership, actor: Actor) {
  const { participantIds, partners, areaCodes = [], fundingCodes = [], ...fields } = input;
  const created = await db.partnership.create({
    data: {
      ...fields,
      participants: { create: participantIds.map((organisationId) => ({ organisationId })) },
      partners: { create: partners.map((partner, position) => ({ ...partner, position })) },
      areas: { create: areaCodes.map((areaCode) => ({ areaCode })) },
      fundingForms: { create: fundingCodes.map((fundingFormCode) => ({ fundingFormCode })) },
    },
    include: partnershipDetail,
  });
  await recordAudit(db, actor, { entityType: "Partnership", entityId: created.id, action: "CREATE", after: created });
  return created;
}
