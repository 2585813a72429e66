// Names for what a request carries (countries, areas, funding forms), in the reader's language,
// read once per page from the reference tables.
import type { DbOrTx } from "../database/transaction";
import type { Locale } from "../i18n/config";
import { localisedName } from "../i18n/localised";

export type Catalogues = {
  countries: Map<string, string>;
  areas: Map<string, string>;
  fundingForms: Map<string, string>;
};

export async function loadCatalogues(db: DbOrTx, locale: Locale): Promise<Catalogues> {
  const [countries, areas, fundingForms] = await Promise.all([
    db.country.findMany({ select: { code: true, nameSv: true, nameEn: true } }),
    db.cooperationArea.findMany({
      select: { code: true, nameSv: true, nameEn: true },
      orderBy: { position: "asc" },
    }),
    db.fundingForm.findMany({
      select: { code: true, nameSv: true, nameEn: true },
      orderBy: { position: "asc" },
    }),
  ]);
  const names = (rows: { code: string; nameSv: string; nameEn: string }[]) =>
    new Map(rows.map((r) => [r.code, localisedName(r, locale)]));
  return { countries: names(countries), areas: names(areas), fundingForms: names(fundingForms) };
}

/** The catalogues as form choices; countries in the reader's alphabetical order. */
export function optionsOf(catalogues: Catalogues, locale: Locale) {
  const options = (map: Map<string, string>) => [...map].map(([value, label]) => ({ value, label }));
  return {
    countries: options(catalogues.countries).sort((a, b) => a.label.localeCompare(b.label, locale)),
    areas: options(catalogues.areas),
    fundingForms: options(catalogues.fundingForms),
  };
}
