import type { Locale } from "./i18n/config";

// Where the registry's reference data comes from. The site footer and the README show these.
export const DATA_SOURCES: { name: string; url: string; attribution: Record<Locale, string> }[] = [
  {
    name: "GeoNames",
    url: "https://www.geonames.org/",
    attribution: {
      sv: "Ortdata © GeoNames (geonames.org), CC BY 4.0",
      en: "Places © GeoNames (geonames.org), CC BY 4.0",
    },
  },
  {
    name: "swedish-geodata",
    url: "https://github.com/sjbrg/swedish-geodata",
    attribution: {
      sv: "Kommun- och länskoder: sjbrg/swedish-geodata, CC0 1.0",
      en: "Municipality and county codes: sjbrg/swedish-geodata, CC0 1.0",
    },
  },
  {
    name: "sweden-geojson",
    url: "https://github.com/okfse/sweden-geojson",
    attribution: {
      sv: "Kommun- och länsgränser: okfse/sweden-geojson, från Valmyndighetens data",
      en: "Municipality and county boundaries: okfse/sweden-geojson, from the Swedish Election Authority's data",
    },
  },
  {
    name: "Natural Earth",
    url: "https://www.naturalearthdata.com/",
    attribution: {
      sv: "Världskarta: Natural Earth, public domain",
      en: "World map: Natural Earth, public domain",
    },
  },
  {
    name: "i18n-iso-countries",
    url: "https://github.com/michaelwittig/node-i18n-iso-countries",
    attribution: { sv: "Ländernamn: i18n-iso-countries, MIT", en: "Country names: i18n-iso-countries, MIT" },
  },
  {
    name: "world-countries",
    url: "https://github.com/mledoze/countries",
    attribution: {
      sv: "Landgränser: mledoze/countries, ODbL 1.0",
      en: "Country borders: mledoze/countries, ODbL 1.0",
    },
  },
];
