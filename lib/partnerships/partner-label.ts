import { normalizeName } from "../text/normalize";

type PartnerForLabel = {
  name: string | null;
  place: { name: string } | null;
  country: { nameSv: string } | null;
  network: { name: string } | null;
};

/**
 * How a partner is shown: the municipality's own name for it, with the native name in
 * brackets when that differs in more than accents ("Vasa (Vaasa)", but "Würzburg").
 */
export function partnerLabel(partner: PartnerForLabel): string {
  const official = partner.place?.name ?? partner.network?.name ?? partner.country?.nameSv ?? null;
  const local = partner.name?.trim() || null;
  if (!local) return official ?? "";
  if (!official || normalizeName(local) === normalizeName(official)) return local;
  return `${local} (${official})`;
}
