// The pure halves of the partnership rules: decisions and their messages (codes of the
// "validation" messages) that need no database. lib/partnerships/validate.ts looks up the facts
// and calls these.
import { fieldMessage, type FieldMessage } from "../validation/field-errors";
import { FIRST_YEAR } from "./input-schema";

export type Kind = "TWIN_TOWN" | "MUNICIPAL_PARTNERSHIP" | "OTHER";

/** Today's date in Sweden as "YYYY-MM-DD": an end date is compared with the Swedish calendar day. */
export function swedishToday(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Stockholm",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Errors for an end date: not before the start year, not after today. */
export function endDateErrors(
  endedOn: Date,
  startYear: number | null | undefined,
  today = swedishToday(),
): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (isoDate(endedOn) > today) errors.push(fieldMessage("endDateAfterToday", { today }));
  if (startYear != null && endedOn.getUTCFullYear() < startYear)
    errors.push(fieldMessage("endDateBeforeStart", { startYear }));
  if (endedOn.getUTCFullYear() < FIRST_YEAR)
    errors.push(fieldMessage("endDateTooEarly", { min: FIRST_YEAR }));
  return errors;
}

/** The ICLD list that applies to a start year: the latest list year at or before it, or null. */
export function applicableIcldYear(listYears: readonly number[], startYear: number): number | null {
  const candidates = listYears.filter((year) => year <= startYear);
  return candidates.length ? Math.max(...candidates) : null;
}

type CountryNames = { nameSv: string; nameEn: string };

export const icldMessages = {
  startYearRequired: () => fieldMessage("icldStartYearRequired"),
  noList: (startYear: number) => fieldMessage("icldNoList", { startYear }),
  partnerWithoutCountry: () => fieldMessage("icldPartnerWithoutCountry"),
  /** Names the list used, and says so when it is older than the start year. */
  notEligible: (country: CountryNames, listYear: number, startYear: number) =>
    fieldMessage("icldNotEligible", {
      countrySv: country.nameSv,
      countryEn: country.nameEn,
      listYear,
      startYear,
      olderList: listYear === startYear ? "no" : "yes",
    }),
};

/** A partner's label in each language (a whole country is named differently). */
export type PartnerNames = { sv: string; en: string };

export function duplicateMessage(kind: Kind, participantName: string, partner: PartnerNames) {
  return fieldMessage("duplicate", {
    kind,
    participant: participantName,
    partnerSv: partner.sv,
    partnerEn: partner.en,
  });
}

export const referenceMessages = {
  participant: (id: number) => fieldMessage("participantUnknown", { id }),
  participantOutOfScope: () => fieldMessage("participantOutOfScope"),
  area: (code: string) => fieldMessage("areaUnknown", { code }),
  funding: (code: string) => fieldMessage("fundingUnknown", { code }),
  place: () => fieldMessage("placeUnknown"),
  country: (code: string) => fieldMessage("countryUnknown", { code }),
  network: () => fieldMessage("networkUnknown"),
};

/**
 * The key the duplicate rule compares partners by: same place, same whole country or same
 * network. Organisations and free-text names are not compared (names vary too much).
 */
export function partnerIdentity(partner: {
  type: string;
  placeId?: number | null;
  countryCode?: string | null;
  networkId?: number | null;
}) {
  if (partner.type === "PLACE" && partner.placeId != null) return `place:${partner.placeId}`;
  if (partner.type === "COUNTRY" && partner.countryCode) return `country:${partner.countryCode}`;
  if (partner.type === "NETWORK" && partner.networkId != null) return `network:${partner.networkId}`;
  return null;
}
