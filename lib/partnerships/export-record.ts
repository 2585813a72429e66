// One partnership as a download shows it, in the reader's language: the interface's own words
// for kinds, types, activity levels and verification, and the site's names for partners.
import type { Locale } from "../i18n/config";
import en from "../i18n/messages/en.json";
import sv from "../i18n/messages/sv.json";
import type { ExportRow } from "./export-rows";
import { partnerLabel } from "./partner-label";
import { localisedName } from "../i18n/localised";

const MESSAGES = { sv, en } as const;

const VERIFICATION = {
  sv: { VERIFIED: "Verifierad", NEEDS_REVIEW: "Ej verifierad" },
  en: { VERIFIED: "Verified", NEEDS_REVIEW: "Not verified" },
} as const;

/** One partnership as downloaded: the JSON object, and the source of the CSV row. */
export type ExportRecord = {
  id: number;
  participants: { code: string; name: string }[];
  kind: string;
  otherType: string | null;
  partners: {
    label: string;
    countryCode: string | null;
    countryName: string | null;
    geonameId: number | null;
    latitude: number | null;
    longitude: number | null;
  }[];
  startYear: number | null;
  endedOn: string | null;
  activity: string | null;
  areas: string[];
  funding: string[];
  verification: string;
  description: string | null;
  source: string | null;
};

const swedish = new Intl.Collator("sv");

/** A partnership in the reader's language: labels for codes, the site's partner names. */
export function toExportRecord(p: ExportRow, locale: Locale): ExportRecord {
  const messages = MESSAGES[locale];
  const byPosition = <T extends { position: number }>(rows: T[]) =>
    [...rows].sort((a, b) => a.position - b.position);
  return {
    id: p.id,
    participants: p.participants
      .map(({ code, name }) => ({ code, name }))
      .sort((a, b) => swedish.compare(a.name, b.name)),
    kind: messages.kind[p.kind].singular,
    otherType: p.otherType ? messages.otherType[p.otherType as keyof typeof messages.otherType] : null,
    partners: p.partners.map((partner) => {
      const country = partner.place?.country ?? partner.country;
      return {
        label: partnerLabel(partner, locale),
        countryCode: country?.code ?? null,
        countryName: localisedName(country, locale),
        geonameId: partner.place?.id ?? null,
        latitude: partner.place?.latitude ?? null,
        longitude: partner.place?.longitude ?? null,
      };
    }),
    startYear: p.startYear,
    endedOn: p.endedOn,
    activity: p.activityLevel ? messages.activity[p.activityLevel] : null,
    areas: byPosition(p.areas).map((area) => localisedName(area, locale)),
    funding: byPosition(p.fundingForms).map((form) => localisedName(form, locale)),
    verification: VERIFICATION[locale][p.verification],
    description: p.description,
    source: p.source,
  };
}
