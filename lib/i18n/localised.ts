import type { Locale } from "./config";

/** A row named in both interface languages: a country, a cooperation area, a funding form. */
export type NamedInBothLanguages = { nameSv: string; nameEn: string };

/** The row's name in the page's language; null stays null (a partner without a country). */
export function localisedName(row: NamedInBothLanguages, locale: Locale): string;
export function localisedName(row: NamedInBothLanguages | null | undefined, locale: Locale): string | null;
export function localisedName(row: NamedInBothLanguages | null | undefined, locale: Locale): string | null {
  if (!row) return null;
  return locale === "sv" ? row.nameSv : row.nameEn;
}
