import { recordAudits, type Actor } from "../audit/record";
import { publishAfterWrite } from "../changes/after-write";
import { inTransaction, type DbOrTx } from "../database/transaction";
import { partnershipDetail } from "./queries";
import type {
  ActivityLevel,
  OtherCooperationType,
  PartnershipKind,
  VerificationState,
} from "../generated/prisma/client";
import { type Scope } from "../auth/scope";
import { participationRows } from "./participant-rows";

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

/**
 * Who creates: participants the scope acts for are confirmed at once, the others are requests
 * to their members. The default, "all", is for trusted processes (the seed, an import whose rows
 * were checked against the officer's scope, tests).
 */
export type CreateOptions = { scope?: Scope };

/** Creates a partnership with its participants, partners, areas and funding, and audits it. */
export async function createPartnership(
  db: DbOrTx,
  input: NewPartnership,
  actor: Actor,
  options: CreateOptions = {},
) {
  const [created] = await createPartnerships(db, [input], actor, options);
  return created!;
}

/**
 * Creates many partnerships at once, each audited as createPartnership audits one: a handful of
 * statements for the whole list, not for every partnership (an import commits thousands), in
 * one transaction (the caller's, if it is one). Answers the partnerships in the order given.
 */
export async function createPartnerships(
  db: DbOrTx,
  inputs: NewPartnership[],
  actor: Actor,
  options: CreateOptions = {},
) {
  if (inputs.length === 0) return [];
  return inTransaction(db, (tx) => insertPartnerships(tx, inputs, actor, options.scope ?? "all"));
}

async function insertPartnerships(db: DbOrTx, inputs: NewPartnership[], actor: Actor, scope: Scope) {
  const rows = await db.partnership.createManyAndReturn({
    data: inputs.map(
      ({ participantIds: _p, partners: _x, areaCodes: _a, fundingCodes: _f, ...fields }) => fields,
    ),
    select: { id: true },
  });
  // One INSERT numbers its rows in the order given, so ascending ids are the inputs' order.
  const ids = rows.map((r) => r.id).sort((a, b) => a - b);
  const each = <T>(make: (input: NewPartnership, partnershipId: number) => T[]) =>
    inputs.flatMap((input, i) => make(input, ids[i]!));
  const writer = { scope, userId: actor.userId };
  await db.partnershipParticipant.createMany({
    data: each((input, partnershipId) => participationRows(partnershipId, input.participantIds, writer)),
  });
  await db.partnershipPartner.createMany({
    data: each((input, partnershipId) =>
      input.partners.map((partner, position) => ({ ...partner, partnershipId, position })),
    ),
  });
  await db.partnershipArea.createMany({
    data: each((input, partnershipId) =>
      (input.areaCodes ?? []).map((areaCode) => ({ partnershipId, areaCode })),
    ),
  });
  await db.partnershipFunding.createMany({
    data: each((input, partnershipId) =>
      (input.fundingCodes ?? []).map((fundingFormCode) => ({ partnershipId, fundingFormCode })),
    ),
  });
  const created = await db.partnership.findMany({
    where: { id: { in: ids } },
    include: partnershipDetail,
    orderBy: { id: "asc" },
  });
  await recordAudits(
    db,
    actor,
    created.map((partnership) => ({
      entityType: "Partnership",
      entityId: partnership.id,
      action: "CREATE" as const,
      after: partnership,
    })),
  );
  await publishAfterWrite(db, { partnershipIds: ids });
  return created;
}
