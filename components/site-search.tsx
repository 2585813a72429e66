"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "use-intl/react";
import { localePath, type Locale } from "@/lib/i18n/config";
import type { SiteSearchResults } from "@/lib/search/site-search";
import { SearchResults } from "./search-results";

const DEBOUNCE_MS = 200;

/**
 * Search as you type. Without JavaScript the form submits to /sok, which renders the same
 * results on the server. The result count is announced politely to screen readers.
 */
export function SiteSearch({ locale }: { locale: Locale }) {
  const t = useTranslations("search");
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<SiteSearchResults | null>(null);

  useEffect(() => {
    if (query.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?locale=${locale}&q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
        });
        if (response.ok) setResults(await response.json());
      } catch {
        // Aborted by the next keystroke, or offline: keep the previous results.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, locale]);

  // Under two characters nothing is searched and earlier results are no longer shown.
  const shown = query.trim().length < 2 ? null : results;
  const count = shown ? shown.organisations.length + shown.places.length + shown.countries.length : 0;
  return (
    <div>
      <form action={localePath(locale, "/sok")} method="get" className="site-search" role="search">
        <label htmlFor="site-search-input">{t("label")}</label>
        <div className="search-row">
          <input
            id="site-search-input"
            name="q"
            type="search"
            autoComplete="off"
            placeholder={t("placeholder")}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            maxLength={100}
          />
          <button type="submit">{t("submit")}</button>
        </div>
      </form>
      <p role="status" aria-live="polite" className="note">
        {shown ? t("results", { count }) : ""}
      </p>
      {shown && <SearchResults results={shown} locale={locale} />}
    </div>
  );
}
