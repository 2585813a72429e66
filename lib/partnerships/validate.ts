// The partnership rules that need the database. They answer field errors (message codes), keyed
// like the schema's ("partners.0", "startYear"), and never throw for a user's mistake.
import type { DbOrTx } from "../database/transaction";
import type { Prisma } from "../generated/prisma/client";
import { addFieldError, type FieldErrors } from "../validation/field-errors";
import type { PartnershipContent } from "./input-schema";
import { partnerLabel } from "./partner-label";
import {
  applicableIcldYear,
  duplicateMessage,
  endDateErrors,
  icldMessages,
  partnerIdentity,
  referenceMessages,
} from "./rules";
import { type Scope, actsForAny } from "../auth/scope";

type Partner = PartnershipContent["partners"][number];

export type RuleOptions = {
  /** The partnership being changed, left out of the duplicate search. */
  partnershipId?: number;
  /** Whether the partnership will be current (not ended, not removed): only then can it duplicate another. */
  active: boolean;
  /** When set, participants must include one of these (an officer may not write a partnership out of reach). */
  scope?: Scope;
  /** An end to check against the start year (version restores carry one). */
  endedOn?: Date | null;
};

/** Every database rule for the content of a partnership. Empty when it may be saved. */
export async function checkPartnershipRules(
  db: DbOrTx,
  content: PartnershipContent,
  options: RuleOptions,
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  await checkReferences(db, content, errors, options.scope);
  if (options.endedOn)
    for (const message of endDateErrors(options.endedOn, content.startYear))
      addFieldError(errors, "endedOn", message);
  // The rules below name partners and participants; they need the references to exist.
  if (Object.keys(errors).length) return errors;
  if (content.kind === "MUNICIPAL_PARTNERSHIP") await checkIcldEligibility(db, content, errors);
  if (options.active) await checkDuplicates(db, content, options.partnershipId, errors);
  return errors;
}

async function checkReferences(
  db: DbOrTx,
  content: PartnershipContent,
  errors: FieldErrors,
  scope: Scope | undefined,
) {
  // One query at a time: inside an interactive transaction they share one connection.
  const organisations = await db.organisation.findMany({
    where: { id: { in: content.participantIds } },
    select: { id: true },
  });
  const areas = await db.cooperationArea.findMany({
    where: { code: { in: content.areaCodes } },
    select: { code: true },
  });
  const funding = await db.fundingForm.findMany({
    where: { code: { in: content.fundingCodes } },
    select: { code: true },
  });
  const missing = <T>(wanted: T[], found: T[]) => wanted.filter((value) => !found.includes(value));
  for (const id of missing(
    content.participantIds,
    organisations.map((o) => o.id),
  ))
    addFieldError(errors, "participantIds", referenceMessages.participant(id));
  if (scope && !actsForAny(scope, content.participantIds))
    addFieldError(errors, "participantIds", referenceMessages.participantOutOfScope());
  for (const code of missing(
    content.areaCodes,
    areas.map((a) => a.code),
  ))
    addFieldError(errors, "areaCodes", referenceMessages.area(code));
  for (const code of missing(
    content.fundingCodes,
    funding.map((f) => f.code),
  ))
    addFieldError(errors, "fundingCodes", referenceMessages.funding(code));

  const placeIds = content.partners.flatMap((p) => (p.type === "PLACE" ? [p.placeId] : []));
  const networkIds = content.partners.flatMap((p) => (p.type === "NETWORK" ? [p.networkId] : []));
  const countryCodes = content.partners.flatMap((p) =>
    "countryCode" in p && p.countryCode ? [p.countryCode] : [],
  );
  // A place awaiting approval (a town a request from abroad added, lib/places/pending.ts) is not one yet.
  const places = await db.place.findMany({
    where: { id: { in: placeIds }, awaitingApproval: false },
    select: { id: true },
  });
  const networks = await db.network.findMany({ where: { id: { in: networkIds } }, select: { id: true } });
  const countries = await db.country.findMany({
    where: { code: { in: countryCodes } },
    select: { code: true },
  });
  content.partners.forEach((partner, i) => {
    if (partner.type === "PLACE" && !places.some((p) => p.id === partner.placeId))
      addFieldError(errors, `partners.${i}.placeId`, referenceMessages.place());
    if (partner.type === "NETWORK" && !networks.some((n) => n.id === partner.networkId)) {
      addFieldError(errors, `partners.${i}.networkId`, referenceMessages.network());
    }
    if (
      "countryCode" in partner &&
      partner.countryCode &&
      !countries.some((c) => c.code === partner.countryCode)
    ) {
      addFieldError(errors, `partners.${i}.countryCode`, referenceMessages.country(partner.countryCode));
    }
  });
}

/** A kommunalt partnerskap needs a partner country on ICLD's list that applies to its start year. */
async function checkIcldEligibility(db: DbOrTx, content: PartnershipContent, errors: FieldErrors) {
  const { startYear } = content;
  if (startYear == null) return void addFieldError(errors, "startYear", icldMessages.startYearRequired());
  const years = await db.icldEligibility.findMany({ distinct: ["year"], select: { year: true } });
  const listYear = applicableIcldYear(
    years.map((y) => y.year),
    startYear,
  );
  if (listYear == null) return void addFieldError(errors, "startYear", icldMessages.noList(startYear));

  const countryOf = await partnerCountries(db, content.partners);
  const codes = [...new Set(countryOf.filter((code): code is string => code != null))];
  const eligible = await db.icldEligibility.findMany({
    where: { year: listYear, countryCode: { in: codes } },
    select: { countryCode: true },
  });
  const countries = await db.country.findMany({
    where: { code: { in: codes } },
    select: { code: true, nameSv: true, nameEn: true },
  });
  countryOf.forEach((code, i) => {
    if (code == null)
      return void addFieldError(errors, `partners.${i}`, icldMessages.partnerWithoutCountry());
    if (eligible.some((e) => e.countryCode === code)) return;
    const country = countries.find((c) => c.code === code) ?? { nameSv: code, nameEn: code };
    addFieldError(errors, `partners.${i}`, icldMessages.notEligible(country, listYear, startYear));
  });
}

/** Each partner's country: a place's, a whole country, or the one given for an organisation. */
async function partnerCountries(db: DbOrTx, partners: Partner[]): Promise<(string | null)[]> {
  const placeIds = partners.flatMap((p) => (p.type === "PLACE" ? [p.placeId] : []));
  const places = await db.place.findMany({
    where: { id: { in: placeIds } },
    select: { id: true, countryCode: true },
  });
  return partners.map((p) => {
    if (p.type === "PLACE") return places.find((place) => place.id === p.placeId)?.countryCode ?? null;
    if (p.type === "NETWORK") return null;
    return p.countryCode ?? null;
  });
}

/** What the duplicate rule compares: the kind, the Swedish participants and the partners. */
export type DuplicateKey = {
  kind: PartnershipContent["kind"];
  participantIds: number[];
  partners: {
    type: string;
    placeId?: number | null;
    countryCode?: string | null;
    networkId?: number | null;
  }[];
};

/**
 * No second current partnership of the same kind between the same Swedish participant and the
 * same place, country or network. Callers hold `lockParticipants` so two saves cannot both pass.
 */
export async function checkDuplicates(
  db: DbOrTx,
  key: DuplicateKey,
  partnershipId: number | undefined,
  errors: FieldErrors = {},
) {
  const identities = key.partners.map(partnerIdentity);
  const partnerFilters = key.partners.flatMap((p): Prisma.PartnershipPartnerWhereInput[] => {
    if (p.type === "PLACE" && p.placeId != null) return [{ type: "PLACE", placeId: p.placeId }];
    if (p.type === "COUNTRY" && p.countryCode) return [{ type: "COUNTRY", countryCode: p.countryCode }];
    if (p.type === "NETWORK" && p.networkId != null) return [{ type: "NETWORK", networkId: p.networkId }];
    return [];
  });
  if (!partnerFilters.length || !key.participantIds.length) return errors;
  const others = await db.partnership.findMany({
    where: {
      ...(partnershipId != null ? { id: { not: partnershipId } } : {}),
      kind: key.kind,
      endedOn: null,
      removedAt: null,
      participants: { some: { organisationId: { in: key.participantIds } } },
      partners: { some: { OR: partnerFilters } },
    },
    include: {
      participants: { include: { organisation: { select: { name: true } } } },
      partners: {
        include: {
          place: { select: { name: true } },
          country: { select: { nameSv: true, nameEn: true } },
          network: { select: { name: true } },
        },
      },
    },
  });
  for (const other of others) {
    for (const participant of other.participants.filter((p) =>
      key.participantIds.includes(p.organisationId),
    )) {
      for (const partner of other.partners) {
        const identity = partnerIdentity(partner);
        const index = identity == null ? -1 : identities.indexOf(identity);
        if (index < 0) continue;
        addFieldError(
          errors,
          `partners.${index}`,
          duplicateMessage(key.kind, participant.organisation.name, {
            sv: partnerLabel(partner, "sv"),
            en: partnerLabel(partner, "en"),
          }),
        );
      }
    }
  }
  return errors;
}

/**
 * Serialises saves that could make two current partnerships of the same participants: the
 * duplicate rule reads, then writes, and PostgreSQL has no constraint that could say it.
 * Transaction-scoped advisory locks, taken in id order so two saves cannot deadlock.
 */
export async function lockParticipants(db: DbOrTx, organisationIds: readonly number[]) {
  for (const id of [...new Set(organisationIds)].sort((a, b) => a - b)) {
    await db.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(7401, ${id}::int)`;
  }
}
