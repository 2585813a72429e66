import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import sv from "i18n-iso-countries/langs/sv.json";

countries.registerLocale(sv);
countries.registerLocale(en);

export type Locale = "sv" | "en";

/** A country's name in Swedish or English ("alias" picks the short English form: "United States"). */
export function countryName(code: string, locale: Locale): string {
  return countries.getName(code.toUpperCase(), locale, { select: "alias" }) ?? code.toUpperCase();
}

/** Every ISO 3166-1 alpha-2 code the names package knows (it includes Kosovo, XK). */
export function allCountryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes());
}

/** Every Swedish and English name of a country, official and short forms ("Kina", "China", "People's Republic of China"). */
export function countryNamesSvEn(code: string): string[] {
  allNames ??= (["sv", "en"] as const).map((locale) => countries.getNames(locale, { select: "all" }));
  const upper = code.toUpperCase();
  return allNames.flatMap((names) => names[upper] ?? []);
}
let allNames: Record<string, string[]>[] | undefined;
