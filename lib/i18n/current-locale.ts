import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

/** Request header in which proxy.ts passes on the locale, for pages without params (404). */
export const LOCALE_HEADER = "x-vr-locale";

export function currentLocale(headers: Headers): Locale {
  const value = headers.get(LOCALE_HEADER) ?? "";
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
