// Where the registry's reference data comes from. The site footer and the README show these.
export const DATA_SOURCES = [
  {
    name: "GeoNames",
    what: "Orter i världen (cities500)",
    licence: "CC BY 4.0",
    url: "https://www.geonames.org/",
    attribution: "Ortdata © GeoNames (geonames.org), CC BY 4.0",
  },
  {
    name: "swedish-geodata",
    what: "Kommuner och län med koder",
    licence: "CC0 1.0",
    url: "https://github.com/sjbrg/swedish-geodata",
    attribution: "Kommun- och länskoder: sjbrg/swedish-geodata, CC0 1.0",
  },
  {
    name: "sweden-geojson",
    what: "Kommun- och länsgränser",
    licence: "Fri återanvändning med angivande av källa",
    url: "https://github.com/okfse/sweden-geojson",
    attribution: "Kommun- och länsgränser: okfse/sweden-geojson, från Valmyndighetens data",
  },
  {
    name: "Natural Earth",
    what: "Länders gränser (via world-atlas)",
    licence: "Public domain",
    url: "https://www.naturalearthdata.com/",
    attribution: "Världskarta: Natural Earth, public domain",
  },
  {
    name: "i18n-iso-countries",
    what: "Ländernas namn på svenska och engelska",
    licence: "MIT",
    url: "https://github.com/michaelwittig/node-i18n-iso-countries",
    attribution: "Ländernamn: i18n-iso-countries, MIT",
  },
] as const;
