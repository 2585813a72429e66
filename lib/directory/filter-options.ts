import type { Database } from "../database/client";
import type { Locale } from "../i18n/config";

/**
 * The choices the directory filters offer, in the reader's language: all counties, groups,
 * areas and funding forms, and the countries that have at least one partner.
 */
export async function loadFilterOptions(db: Database, locale: Locale) {
  const [counties, groups, areas, fundingForms, countries] = await Promise.all([
    db.county.findMany({ orderBy: { code: "asc" } }),
    db.municipalityGroup.findMany({ orderBy: { code: "asc" } }),
    db.cooperationArea.findMany({ orderBy: { position: "asc" } }),
    db.fundingForm.findMany({ orderBy: { position: "asc" } }),
    db.$queryRaw<{ code: string; nameSv: string; nameEn: string }[]>`
      SELECT c."code", c."nameSv", c."nameEn" FROM "Country" c
       WHERE EXISTS (SELECT 1 FROM "PartnershipPartner" pp LEFT JOIN "Place" pl ON pl."id" = pp."placeId"
                      WHERE COALESCE(pl."countryCode", pp."countryCode") = c."code")`,
  ]);
  const name = (row: { nameSv: string; nameEn: string }) => (locale === "sv" ? row.nameSv : row.nameEn);
  return {
    counties: counties.map((c) => ({ value: c.code, label: c.name })),
    municipalityGroups: groups.map((g) => ({ value: g.code, label: `${g.code} ${g.name}` })),
    areas: areas.map((a) => ({ value: a.code, label: name(a) })),
    fundingForms: fundingForms.map((f) => ({ value: f.code, label: name(f) })),
    countries: countries
      .map((c) => ({ value: c.code, label: name(c) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  };
}

export type FilterOptions = Awaited<ReturnType<typeof loadFilterOptions>>;
