import { RegistryCache } from "../cache/data-version-cache";
import type { Database } from "../database/client";
import type { Locale } from "../i18n/config";
import { localisedName } from "../i18n/localised";
import { countyName, municipalityGroupName } from "../i18n/region-names";

type Named = { code: string; nameSv: string; nameEn: string };

/**
 * The rows behind the choices, the same in either language, kept per data version
 * (lib/cache/data-version-cache.ts): partners change only with their partnership's version.
 */
const rowsCache = new RegistryCache<Awaited<ReturnType<typeof loadFilterRows>>>(1);

function loadFilterRows(db: Database) {
  return Promise.all([
    db.county.findMany({ orderBy: { code: "asc" } }),
    db.municipalityGroup.findMany({ orderBy: { code: "asc" } }),
    db.cooperationArea.findMany({ orderBy: { position: "asc" } }),
    db.fundingForm.findMany({ orderBy: { position: "asc" } }),
    // Per country, two index probes that stop at the first partner (its own countryCode, or one
    // of its places named by a partner), the way the country filter matches (partnershipWhere).
    // Joining every partner to its place instead hashed all 218,620 places on every new data
    // version: 0.25–0.7 s at 100,000 partnerships on a loaded machine, now about 2 ms.
    db.$queryRaw<Named[]>`
      SELECT c."code", c."nameSv", c."nameEn" FROM "Country" c
       WHERE EXISTS (SELECT 1 FROM "PartnershipPartner" pp WHERE pp."countryCode" = c."code")
          OR EXISTS (SELECT 1 FROM "Place" pl JOIN "PartnershipPartner" pp ON pp."placeId" = pl."id"
                      WHERE pl."countryCode" = c."code")`,
  ]);
}

/**
 * The choices the directory filters offer, in the reader's language: all counties, groups,
 * areas and funding forms, and the countries that have at least one partner.
 */
export async function loadFilterOptions(db: Database, locale: Locale) {
  const [counties, groups, areas, fundingForms, countries] = await rowsCache.get(db, "all", () =>
    loadFilterRows(db),
  );
  return {
    counties: counties.map((c) => ({ value: c.code, label: countyName(c, locale) })),
    municipalityGroups: groups.map((g) => ({
      value: g.code,
      label: `${g.code} ${municipalityGroupName(g, locale)}`,
    })),
    areas: areas.map((a) => ({ value: a.code, label: localisedName(a, locale) })),
    fundingForms: fundingForms.map((f) => ({ value: f.code, label: localisedName(f, locale) })),
    countries: countries
      .map((c) => ({ value: c.code, label: localisedName(c, locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  };
}

export type FilterOptions = Awaited<ReturnType<typeof loadFilterOptions>>;
