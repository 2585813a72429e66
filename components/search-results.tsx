import Link from "next/link";
import { localePath, type Locale } from "@/lib/i18n/config";
import type { SiteSearchResults } from "@/lib/search/site-search";

export type SearchLabels = {
  organisations: string;
  places: string;
  countries: string;
  placePartners: (count: number) => string;
};

/** The three groups of search hits as lists of links; used by the live search and the /sok page. */
export function SearchResults({ results, locale, labels }: { results: SiteSearchResults; locale: Locale; labels: SearchLabels }) {
  const groups = [
    { key: "organisations", title: labels.organisations, items: results.organisations.map((o) => ({ key: o.code, href: o.path, text: o.name })) },
    {
      key: "places",
      title: labels.places,
      items: results.places.map((p) => ({ key: String(p.id), href: p.path, text: `${p.name}, ${p.countryName} (${labels.placePartners(p.partnerCount)})` })),
    },
    { key: "countries", title: labels.countries, items: results.countries.map((c) => ({ key: c.code, href: c.path, text: c.name })) },
  ].filter((g) => g.items.length > 0);
  return (
    <div className="search-results">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`search-${group.key}`}>
          <h2 id={`search-${group.key}`}>{group.title}</h2>
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
