import type { DbOrTx } from "../database/transaction";
import type { Locale } from "../i18n/config";

/** Every country of the registry as a form's options, by name in the page's language. */
export async function countryOptions(db: DbOrTx, locale: Locale) {
  const rows = await db.country.findMany({ select: { code: true, nameSv: true, nameEn: true } });
  return rows
    .map((c) => ({ value: c.code, label: locale === "sv" ? c.nameSv : c.nameEn }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
