import type { Locale } from "../i18n/config";
import { localisedName } from "../i18n/localised";
import { normalizeName } from "../text/normalize";

type PartnerForLabel = {
  name: string | null;
  place: { name: string } | null;
  country: { nameSv: string; nameEn: string } | null;
  network: { name: string } | null;
};

// The same letters typed as one code point or as a letter plus a combining accent are one name,
// and so are a typewriter and a typographic apostrophe ("Xi'an", "Xi’an"): no reader sees a
// different name there. Every other difference, accents included, is shown.
const APOSTROPHES = /['\u2018\u2019\u02bc]/g;
const spelling = (name: string) => name.normalize("NFC").replace(APOSTROPHES, "'");
const same = (a: string, b: string) => spelling(a) === spelling(b);

/**
 * The one rule for how a partner is named on a page in `locale` (tables, the place page's
 * title, search results, exports, history).
 *
 * Swedish: the member's own name for it, with GeoNames' name in brackets whenever the two
 * strings differ at all: "Vasa (Vaasa)", "Pöltsamaa (Põltsamaa)", "Helsingör (Helsingør)".
 * The source's spelling is kept (it is what the member decided), and the town's own name is
 * never hidden behind it.
 *
 * English: GeoNames' main name, which is the international (English) name where one is in use
 * ("Copenhagen", "Gothenburg") and otherwise the native one ("Vaasa", "Helsingør"); the
 * member's Swedish name is not shown. Networks and free-text partners keep their own name; a
 * whole country is named in the reader's language.
 */
export function partnerLabel(partner: PartnerForLabel, locale: Locale = "sv"): string {
  const local = partner.name?.trim() || null;
  if (partner.country && !partner.place && !partner.network) {
    const { nameSv, nameEn } = partner.country;
    const namesTheCountry = !local || [nameSv, nameEn].some((n) => normalizeName(n) === normalizeName(local));
    if (namesTheCountry) return localisedName(partner.country, locale);
  }
  const official = partner.place?.name ?? partner.network?.name ?? null;
  if (!local) return official ?? "";
  if (!official || same(local, official)) return local;
  if (locale === "en" && partner.place) return official;
  return `${local} (${official})`;
}
