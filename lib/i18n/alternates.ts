import type { Metadata } from "next";
import { LOCALES, localePath, type Locale } from "./config";

/** Canonical URL and hreflang links of a page that exists in both languages at the same path. */
export function pageAlternates(locale: Locale, path: string): NonNullable<Metadata["alternates"]> {
  return {
    canonical: localePath(locale, path),
    languages: Object.fromEntries([
      ...LOCALES.map((l) => [l, localePath(l, path)]),
      ["x-default", localePath("sv", path)],
    ]),
  };
}
