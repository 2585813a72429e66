import type { Locale } from "../i18n/config";
import { normalizeName } from "../text/normalize";

type PartnerForLabel = {
  name: string | null;
  place: { name: string } | null;
  country: { nameSv: string; nameEn: string } | null;
  network: { name: string } | null;
};

/**
 * How a partner is shown: the municipality's own name for it, with the native name in
 * brackets when that differs in more than accents ("Vasa (Vaasa)", but "Würzburg").
 * A whole country is named in the reader's language.
 */
export function partnerLabel(partner: PartnerForLabel, locale: Locale = "sv"): string {
  const local = partner.name?.trim() || null;
  if (partner.country && !partner.place && !partner.network) {
    const { nameSv, nameEn } = partner.country;
    const namesTheCountry = !local || [nameSv, nameEn].some((n) => normalizeName(n) === normalizeName(local));
    if (namesTheCountry) return locale === "sv" ? nameSv : nameEn;
  }
  const official = partner.place?.name ?? partner.network?.name ?? null;
  if (!local) return official ?? "";
  if (!official || normalizeName(local) === normalizeName(official)) return local;
  return `${local} (${official})`;
}
