import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ClientIntlProvider } from "@/components/client-intl-provider";
import { DirectoryFilterForm } from "@/components/directory-filter-form";
import { MAP_ANCHORS } from "@/components/map/anchors";
import { MapExplorer } from "@/components/map/map-explorer";
import { db } from "@/lib/db";
import { loadFilterOptions } from "@/lib/directory/filter-options";
import { describeInvalidParams } from "@/lib/directory/page-params";
import { parseDirectoryParams, serializeDirectoryParams } from "@/lib/directory/parse-params";
import { env } from "@/lib/env";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n, localeOf, MESSAGES } from "@/lib/i18n/server";
import { parseMapView } from "@/lib/map/view-state";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PATH = "/karta";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  return {
    title: t("map.title"),
    description: t("map.description"),
    alternates: pageAlternates(locale, PATH),
  };
}

async function MapFilterForm({ locale, current }: { locale: Locale; current: URLSearchParams }) {
  const options = await loadFilterOptions(db(), locale);
  return (
    <DirectoryFilterForm
      locale={locale}
      path={PATH}
      current={current}
      options={options}
      sorts={["name", "partnerships"]}
      variant="partnerships"
      collapse="always"
    />
  );
}

// The national map. The filter form and its URL parameters are the directory's (a link from
// /samarbeten to /karta keeps the selection); the map data comes from /api/v1/map with the
// same parameters, so the server filters once and the browser caches by ETag.
export default async function MapPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  const raw = await searchParams;
  const parsed = parseDirectoryParams(raw);
  const sort = parsed.sort === "partnerships" ? "partnerships" : "name";
  const current = serializeDirectoryParams({ filters: parsed.filters, sort });
  const selection = serializeDirectoryParams({ filters: parsed.filters }).toString();
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION } = env();
  const tiles =
    MAP_TILE_URL && MAP_TILE_ATTRIBUTION
      ? { url: MAP_TILE_URL, attribution: MAP_TILE_ATTRIBUTION }
      : undefined;
  const messages = MESSAGES[locale];
  // English pages ask for the partners' English names (sprak=en); Swedish is the default.
  const query = [selection, locale === "en" ? "sprak=en" : ""].filter(Boolean).join("&");
  const dataUrl = `/api/v1/map${query ? `?${query}` : ""}`;
  // No preload of the map's data and basemap (about 300 KB) in the page's head: they would share
  // the first, slow connection with what the first paint needs, and the heading and text would
  // appear later (Lighthouse: largest contentful paint 2.8 s). The map's own script starts them.

  return (
    <>
      <h1>{t("map.title")}</h1>
      <p>{t("map.intro")}</p>
      {/* Keyboard users reach the map and its list without passing the filters and the map's controls. */}
      <nav className="page-shortcuts" aria-label={t("map.shortcuts")}>
        <a href={`#${MAP_ANCHORS.map}`}>{t("map.toMap")}</a>
        <a href={`#${MAP_ANCHORS.list}`}>{t("map.toList")}</a>
      </nav>
      {/* The list link first and the folded filters beside it: one row, so the map starts in a
          phone's first screen. The form's options take a query over every partner; the map need
          not wait for them (the fallback has the folded form's height: the map does not move). */}
      <div className="map-tools">
        <p>
          <Link href={`${localePath(locale, "/samarbeten")}${selection ? `?${selection}` : ""}`}>
            {t("map.asList")}
          </Link>
        </p>
        <Suspense fallback={<p className="filter-placeholder">{t("map.loadingFilters")}</p>}>
          <MapFilterForm locale={locale} current={current} />
        </Suspense>
      </div>
      {parsed.invalid.length > 0 && (
        <p className="notice">{t("filters.ignored", { list: describeInvalidParams(parsed.invalid) })}</p>
      )}
      <ClientIntlProvider
        locale={locale}
        messages={{ map: messages.map, kind: messages.kind, activity: messages.activity }}
      >
        <MapExplorer
          locale={locale}
          filters={current.toString()}
          dataUrl={dataUrl}
          initialView={parseMapView(raw)}
          sort={sort}
          tiles={tiles}
        />
      </ClientIntlProvider>
    </>
  );
}
