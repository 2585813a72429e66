import type { Metadata } from "next";
import { ClientIntlProvider } from "@/components/client-intl-provider";
import { SearchResults } from "@/components/search-results";
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { getI18n, localeOf, MESSAGES } from "@/lib/i18n/server";
import { searchSite } from "@/lib/search/site-search";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = getI18n(await localeOf(params));
  return { title: t("search.title"), robots: { index: false } };
}

// The search box's results without JavaScript: the same query, rendered on the server.
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100) ?? "";
  const results = await publicRead(db(), "search", [query, locale], () => searchSite(db(), query, locale));
  const count = results.organisations.length + results.places.length + results.countries.length;
  return (
    <>
      <h1>
        {t("search.title")}: {query}
      </h1>
      {query.trim().length < 2 ? (
        <p>{t("search.tooShort")}</p>
      ) : count === 0 ? (
        <p>{t("search.noResults", { query })}</p>
      ) : (
        <>
          <p>{t("search.results", { count })}</p>
          <ClientIntlProvider locale={locale} messages={{ search: MESSAGES[locale].search }}>
            <SearchResults results={results} locale={locale} />
          </ClientIntlProvider>
        </>
      )}
    </>
  );
}
