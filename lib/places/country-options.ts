import type { DbOrTx } from "../database/transaction";
import type { Locale } from "../i18n/config";
import { localisedName } from "../i18n/localised";

/** Every country of the registry as a form's options, by name in the page's language. */
export async function countryOptions(db: DbOrTx, locale: Locale) {
  const rows = await db.country.findMany({ select: { code: true, nameSv: true, nameEn: true } });
  return rows
    .map((c) => ({ value: c.code, label: localisedName(c, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
