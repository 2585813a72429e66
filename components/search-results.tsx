"use client";

import Link from "next/link";
import { useTranslations } from "use-intl/react";
import { localePath, type Locale } from "@/lib/i18n/config";
import type { SiteSearchResults } from "@/lib/search/site-search";

/**
 * The three groups of search hits as lists of links; used by the live search and by the /sok
 * page (inside a ClientIntlProvider with the "search" messages).
 */
export function SearchResults({ results, locale }: { results: SiteSearchResults; locale: Locale }) {
  const t = useTranslations("search");
  const groups = [
    {
      key: "organisations",
      items: results.organisations.map((o) => ({ key: o.code, href: o.path, text: o.name })),
    },
    // Countries before places: "Kina" is first of all the country, not a town that resembles it.
    { key: "countries", items: results.countries.map((c) => ({ key: c.code, href: c.path, text: c.name })) },
    {
      key: "places",
      items: results.places.map((p) => ({
        key: String(p.id),
        href: p.path,
        text: `${p.name}, ${p.countryName} (${t("placePartners", { count: p.partnerCount })})`,
      })),
    },
  ] as const;
  return (
    <div className="search-results">
      {groups
        .filter((group) => group.items.length > 0)
        .map((group) => (
          <section key={group.key} aria-labelledby={`search-${group.key}`}>
            <h2 id={`search-${group.key}`}>{t(group.key)}</h2>
            <ul>
              {group.items.map((item) => (
                <li key={item.key}>
                  <Link href={localePath(locale, item.href)}>{item.text}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
