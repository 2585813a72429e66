// Partner countries by ISO code, Swedish or English name, official or short form, and the
// exonyms people use in lists ("Holland", "England", "USA", "Sovjet").
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import sv from "i18n-iso-countries/langs/sv.json";
import { normalizeName } from "../text/normalize";

countries.registerLocale(sv);
countries.registerLocale(en);

const EXTRA: Record<string, string> = {
  holland: "NL",
  england: "GB",
  skottland: "GB",
  scotland: "GB",
  wales: "GB",
  storbritannien: "GB",
  "great britain": "GB",
  usa: "US",
  "u s a": "US",
  amerika: "US",
  sydkorea: "KR",
  "south korea": "KR",
  nordkorea: "KP",
  tjeckien: "CZ",
  "czech republic": "CZ",
  ryssland: "RU",
  russia: "RU",
  vitryssland: "BY",
  makedonien: "MK",
  macedonia: "MK",
  kosovo: "XK",
  elfenbenskusten: "CI",
  "ivory coast": "CI",
  farooarna: "FO",
  faroarna: "FO",
  "faroe islands": "FO",
  gronland: "GL",
  aland: "AX",
  alandsoarna: "AX",
};

let index: Map<string, string> | undefined;

function countryIndex(): Map<string, string> {
  if (index) return index;
  index = new Map(Object.entries(EXTRA));
  for (const locale of ["sv", "en"] as const) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: "all" }))) {
      for (const name of names) {
        const key = normalizeName(name);
        if (key && !index.has(key)) index.set(key, code);
      }
    }
  }
  return index;
}

/** The ISO alpha-2 code a country name or code means, or undefined. */
export function matchCountry(raw: string): string | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  if (/^[A-Za-z]{2}$/.test(value) && countries.isValid(value.toUpperCase())) return value.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(value)) {
    const alpha2 = countries.alpha3ToAlpha2(value.toUpperCase());
    if (alpha2) return alpha2;
  }
  return countryIndex().get(normalizeName(value));
}
