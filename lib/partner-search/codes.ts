// The board's words in URLs and forms: Swedish, ASCII, the same on the English site (like the
// directory's, lib/directory/parse-params.ts), mapped to the database's enumerations.
import type { PartnerRequestKind, PartnerRequestSide, WorldRegion } from "../generated/prisma/enums";

export const KIND_VALUES = {
  vanort: "TWIN_TOWN",
  partnerskap: "MUNICIPAL_PARTNERSHIP",
  projekt: "PROJECT",
} as const satisfies Record<string, PartnerRequestKind>;

export const SIDE_VALUES = {
  medlem: "MEMBER",
  utland: "ABROAD",
} as const satisfies Record<string, PartnerRequestSide>;

export const WORLD_REGIONS = [
  "NORDIC",
  "REST_OF_EUROPE",
  "REST_OF_WORLD",
] as const satisfies readonly WorldRegion[];

/** The URL value of an enumeration value ("TWIN_TOWN" → "vanort"). */
export const urlValueOf = <T extends Record<string, string>>(values: T, value: T[keyof T]): string =>
  Object.entries(values).find(([, v]) => v === value)![0];

/** How long a request stays on the board unless the officer chooses otherwise. */
export const DEFAULT_MONTHS = 6;
/** The furthest end date an officer may set (or renew to), from today. */
export const MAX_MONTHS = 12;

/** Today plus `months`, as a calendar day (YYYY-MM-DD, UTC). */
export function monthsFrom(today: Date, months: number): string {
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, today.getUTCDate()));
  return day.toISOString().slice(0, 10);
}

/** A calendar day as the Date Prisma stores in a DATE column. */
export const dayOf = (date: Date) => new Date(date.toISOString().slice(0, 10) + "T00:00:00.000Z");

/** Ukrainian municipalities find Swedish partners through Cities4Cities (SKR takes part), not here. */
export const CITIES4CITIES_URL = "https://cities4cities.eu/";
