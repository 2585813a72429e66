// The pure halves of the partnership rules: decisions and Swedish messages that need no
// database. lib/partnerships/validate.ts looks up the facts and calls these.
import { FIRST_YEAR, currentYear } from "./input-schema";

const KIND_SV = {
  TWIN_TOWN: "vänort",
  MUNICIPAL_PARTNERSHIP: "kommunalt partnerskap",
  OTHER: "annat internationellt samarbete",
} as const;

export type Kind = keyof typeof KIND_SV;

/** Today's date in Sweden as "YYYY-MM-DD": an end date is compared with the Swedish calendar day. */
export function swedishToday(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Errors for an end date: not before the start year, not after today. */
export function endDateErrors(endedOn: Date, startYear: number | null | undefined, today = swedishToday()): string[] {
  const errors: string[] = [];
  if (isoDate(endedOn) > today) errors.push(`Slutdatumet kan inte vara senare än i dag (${today}). Ange dagen då samarbetet avslutades.`);
  if (startYear != null && endedOn.getUTCFullYear() < startYear) {
    errors.push(`Slutdatumet kan inte vara före startåret ${startYear}. Ändra slutdatumet eller startåret.`);
  }
  if (endedOn.getUTCFullYear() < FIRST_YEAR) errors.push(`Slutdatumet måste vara ${FIRST_YEAR} eller senare.`);
  return errors;
}

/** Whether a start year is within sense (the schema checks it too; snapshots may predate a rule). */
export const startYearInRange = (year: number) => year >= FIRST_YEAR && year <= currentYear();

/** The ICLD list that applies to a start year: the latest list year at or before it, or null. */
export function applicableIcldYear(listYears: readonly number[], startYear: number): number | null {
  const candidates = listYears.filter((year) => year <= startYear);
  return candidates.length ? Math.max(...candidates) : null;
}

export const icldMessages = {
  startYearRequired: () =>
    "Ange startåret: ett kommunalt partnerskap måste ha ett startår för att det ska gå att kontrollera att landet kunde delta i ICLD:s program det året.",
  noList: (startYear: number) =>
    `Det finns ingen ICLD-lista över behöriga länder för ${startYear} eller tidigare. Kontrollera startåret eller välj en annan typ av samarbete.`,
  partnerWithoutCountry: () =>
    "Ett kommunalt partnerskap ska vara med en kommun eller region i ett land som ICLD:s program är öppet för. Välj en ort eller ange partnerns land.",
  notEligible: (countryName: string, listYear: number, startYear: number) =>
    `${countryName} fanns inte bland länderna som kunde ha kommunala partnerskap genom ICLD ${listYear}` +
    (listYear === startYear ? "" : ` (den senaste listan före startåret ${startYear})`) +
    ". Kontrollera landet, startåret eller typen av samarbete.",
};

export function duplicateMessage(kind: Kind, participantName: string, partnerName: string) {
  return `${participantName} har redan ett pågående samarbete av typen ${KIND_SV[kind]} med ${partnerName}. Redigera det befintliga samarbetet, eller avsluta det först.`;
}

export const referenceMessages = {
  participant: (id: number) => `Deltagaren med id ${id} finns inte. Välj kommuner och regioner i listan.`,
  participantOutOfScope: () => "Minst en av deltagarna måste vara en kommun eller region som du företräder.",
  area: (code: string) => `Samarbetsområdet ”${code}” finns inte. Välj samarbetsområden i listan.`,
  funding: (code: string) => `Finansieringsformen ”${code}” finns inte. Välj finansieringsformer i listan.`,
  place: () => "Orten finns inte i ortregistret. Välj orten i listan över orter.",
  country: (code: string) => `Landskoden ${code} finns inte. Välj landet i listan över länder.`,
  network: () => "Nätverket finns inte. Välj nätverket i listan över nätverk.",
};

/**
 * The key the duplicate rule compares partners by: same place, same whole country or same
 * network. Organisations and free-text names are not compared (names vary too much).
 */
export function partnerIdentity(partner: { type: string; placeId?: number | null; countryCode?: string | null; networkId?: number | null }) {
  if (partner.type === "PLACE" && partner.placeId != null) return `place:${partner.placeId}`;
  if (partner.type === "COUNTRY" && partner.countryCode) return `country:${partner.countryCode}`;
  if (partner.type === "NETWORK" && partner.networkId != null) return `network:${partner.networkId}`;
  return null;
}
