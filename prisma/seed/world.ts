import { allCountryCodes, countryName } from "../../lib/countries/names";
import { worldRegionOf } from "../../lib/countries/world-region";
import type { Database } from "../../lib/database/client";
import { SOURCES } from "./sources";

/** Countries open to ICLD's municipal partnerships in 2018 (the report's footnote 3). */
const ICLD_2018 = [
  "BA",
  "GE",
  "XK",
  "MK",
  "MD",
  "RS",
  "TR",
  "UA",
  "BY",
  "IN",
  "ID",
  "CN",
  "VN",
  "BW",
  "KE",
  "MZ",
  "NA",
  "ZA",
  "TZ",
  "UG",
  "ZM",
];

export async function seedCountries(db: Database) {
  await db.country.createMany({
    data: allCountryCodes().map((code) => ({
      code,
      nameSv: countryName(code, "sv"),
      nameEn: countryName(code, "en"),
      worldRegion: worldRegionOf(code),
    })),
  });
  await db.icldEligibility.createMany({
    data: ICLD_2018.map((countryCode) => ({ countryCode, year: 2018, source: SOURCES.skl2019Footnote3 })),
  });
}
