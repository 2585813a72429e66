// The links a member's public page shows when the member is seeking partners ("Seeking partners
// now: Twin town in Poland"), one per open request of its own on the board.
import type { DbOrTx } from "../database/transaction";
import { localePath, type Locale } from "../i18n/config";
import { getI18n } from "../i18n/server";
import { loadCatalogues } from "./labels";
import { seekingNow } from "./queries";

export type SeekingLink = { id: number; href: string; label: string };

export async function seekingLinks(
  db: DbOrTx,
  organisationId: number,
  locale: Locale,
): Promise<SeekingLink[]> {
  const requests = await seekingNow(db, organisationId);
  if (requests.length === 0) return [];
  const { t } = getI18n(locale);
  const catalogues = await loadCatalogues(db, locale);
  return requests.map((r) => ({
    id: r.id,
    href: localePath(locale, `/partnersokning/${r.id}`),
    label: t("partnerSearch.memberSeekingLink", {
      kind: t(`partnerSearch.kind.${r.kind}`),
      where: [
        ...r.countryCodes.map((c) => catalogues.countries.get(c) ?? c),
        ...r.worldRegions.map((w) => t(`partnerSearch.region.${w}`)),
      ].join(", "),
    }),
  }));
}
