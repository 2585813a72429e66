// The gazetteer search (lib/geocoding/search.ts) shaped for the partnership form's type-ahead.
import type { DbOrTx } from "../database/transaction";
import { searchPlaces } from "../geocoding/search";
import type { Locale } from "../i18n/config";
import { localisedName } from "../i18n/localised";

/** A place as the form shows it: enough to tell two Esashi apart. */
export type PlaceOption = {
  id: number;
  name: string;
  countryCode: string;
  countryName: string;
  admin1Code: string | null;
  /** The region's name ("Tartu"), from GeoNames' admin1 names; null when GeoNames has none. */
  admin1Name: string | null;
  population: number;
  latitude: number;
  longitude: number;
  /** True for a place added in the registry (lib/places), shown as "tillagd i registret". */
  addedInRegistry?: boolean;
};

/** A search's answer: a place and how its name matched the text typed (the whole name, its beginning, or nearly). */
export type PlaceSearchHit = PlaceOption & { match: "exact" | "prefix" | "fuzzy" };

export async function searchPlaceOptions(
  db: DbOrTx,
  query: string,
  options: { countryCode?: string; locale: Locale },
): Promise<PlaceSearchHit[]> {
  const hits = await searchPlaces(db, query.slice(0, 100), { countryCode: options.countryCode, limit: 12 });
  const countries = await db.country.findMany({
    where: { code: { in: [...new Set(hits.map((h) => h.countryCode))] } },
    select: { code: true, nameSv: true, nameEn: true },
  });
  return hits.map((hit) => {
    const country = countries.find((c) => c.code === hit.countryCode);
    return {
      id: hit.id,
      name: hit.name,
      countryCode: hit.countryCode,
      countryName: localisedName(country, options.locale) ?? hit.countryCode,
      admin1Code: hit.admin1Code,
      admin1Name: hit.admin1Name,
      population: hit.population,
      latitude: hit.latitude,
      longitude: hit.longitude,
      addedInRegistry: hit.source === "REGISTRY",
      match: hit.match,
    };
  });
}
