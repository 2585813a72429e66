// Swedish at the root, English under /en with the same paths (proxy.ts rewrites).
export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "sv";
export const TIME_ZONE = "Europe/Stockholm";

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The public path of a page in a locale: "/kommun/umea" or "/en/kommun/umea". */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (locale === DEFAULT_LOCALE) return clean;
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`;
}

/** Splits a public path into its locale and the locale-free path: "/en/kommuner" -> ["en", "/kommuner"]. */
export function splitLocale(pathname: string): [Locale, string] {
  const [, first, ...rest] = pathname.split("/");
  if (first && first !== DEFAULT_LOCALE && isLocale(first)) return [first, `/${rest.join("/")}`];
  return [DEFAULT_LOCALE, pathname || "/"];
}
