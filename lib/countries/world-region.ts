import { countries } from "countries-list";

export type WorldRegionCode = "NORDIC" | "REST_OF_EUROPE" | "REST_OF_WORLD";

// The 2018 report's grouping: "Norden" is Finland, Norway, Denmark and Iceland, counting
// the Faroe Islands with Denmark and Åland with Finland (its list of countries says so);
// Greenland is Danish too. Sweden itself is Nordic.
const NORDIC = new Set(["SE", "FI", "NO", "DK", "IS", "FO", "AX", "GL"]);
// Transcontinental states the report counts as Europe (its appendix lists Russia, Turkey and
// Georgia among European partner countries); countries-list files them under Asia.
const ALSO_EUROPE = new Set(["RU", "TR", "GE", "AM", "AZ", "CY"]);

/** Which of the report's three groups a country (ISO alpha-2) belongs to. */
export function worldRegionOf(countryCode: string): WorldRegionCode {
  const code = countryCode.toUpperCase();
  if (NORDIC.has(code)) return "NORDIC";
  const continent = (countries as Record<string, { continent: string } | undefined>)[code]?.continent;
  if (continent === "EU" || ALSO_EUROPE.has(code)) return "REST_OF_EUROPE";
  return "REST_OF_WORLD";
}
