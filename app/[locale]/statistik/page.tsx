import type { Metadata } from "next";
import { StatisticsTable } from "@/components/statistics/statistics-table";
import { db } from "@/lib/db";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { formatCell } from "@/lib/stats/format";
import { COUNTRY_PARAM, loadStatisticsView } from "@/lib/stats/statistics-view";
import type { StatsTable } from "@/lib/stats/tables";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = "/statistik";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  return { title: t("statistics.title"), description: t("statistics.description"), alternates: pageAlternates(locale, PATH) };
}

export default async function StatisticsPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const i18n = getI18n(locale);
  const { t, format } = i18n;
  const raw = (await searchParams)[COUNTRY_PARAM];
  const { dataset, stats, tables, country, invalidCountry } = await loadStatisticsView(db(), i18n, locale, Array.isArray(raw) ? raw[0] : raw);

  const countryQuery = country ? `?${COUNTRY_PARAM}=${country}` : "";
  const csvHref = (table: StatsTable) => localePath(locale, `${PATH}/${table.id}.csv${table.id === "land" ? countryQuery : ""}`);
  const render = (table: StatsTable) => (
    <StatisticsTable
      key={table.id}
      table={table}
      locale={locale}
      csvHref={csvHref(table)}
      labels={{ chart: t("statistics.chartLabel", { title: table.title }), caption: t("statistics.tableCaption", { title: table.title }), download: t("statistics.download") }}
    />
  );
  const countryTable = tables.find((x) => x.id === "land");
  const collator = new Intl.Collator(locale);
  const countries = dataset.countries
    .map((c) => ({ code: c.code, name: locale === "sv" ? c.nameSv : c.nameEn }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const municipalities = stats.engagement.MUNICIPALITY;
  const twin = stats.activity.TWIN_TOWN;

  return (
    <>
      <h1>{t("statistics.title")}</h1>
      <p>{t("statistics.intro")}</p>
      <p>{t("statistics.asOf", { date: format.dateTime(new Date(stats.asOf), { dateStyle: "long" }) })}</p>
      <p>
        <a href={localePath(locale, "/oppna-data")}>{t("statistics.openDataLink")}</a>
      </p>

      <section aria-labelledby="key-figures">
        <h2 id="key-figures">{t("statistics.keyFigures")}</h2>
        <ul className="key-figures statistics-key-figures">
          <li data-figure="members-with-any">
            <strong>{formatCell(municipalities.members ? municipalities.withAny / municipalities.members : null, "share", locale)}</strong> {t("statistics.keyMembers")}
          </li>
          <li data-figure="twin-towns">
            <strong>{formatCell(stats.kinds.TWIN_TOWN.total, "count", locale)}</strong> {t("statistics.keyTwinTowns")}
          </li>
          <li data-figure="countries">
            <strong>{formatCell(stats.countries.twinOrPartnership, "count", locale)}</strong> {t("statistics.keyCountries")}
          </li>
          <li data-figure="active-twin-towns">
            <strong>{formatCell(twin.total ? twin.ACTIVE / twin.total : null, "share", locale)}</strong> {t("statistics.keyActiveTwinTowns")}
          </li>
        </ul>
      </section>

      <nav aria-labelledby="statistics-contents">
        <h2 id="statistics-contents">{t("statistics.contents")}</h2>
        <ul className="statistics-contents">
          {tables
            .filter((x) => x.id !== "land")
            .map((x) => (
              <li key={x.id}>
                <a href={`#stat-${x.id}`}>{x.title}</a>
              </li>
            ))}
          <li>
            <a href="#country-heading">{t("statistics.countryHeading")}</a>
          </li>
        </ul>
      </nav>

      {tables.filter((x) => x.id !== "land").map(render)}

      <section aria-labelledby="country-heading">
        <h2 id="country-heading">{t("statistics.countryHeading")}</h2>
        <p>{t("statistics.countryHint")}</p>
        <form method="get" action={localePath(locale, PATH)} className="country-form">
          <label htmlFor="statistics-country">{t("statistics.countryLabel")}</label>{" "}
          <select id="statistics-country" name={COUNTRY_PARAM} defaultValue={country ?? ""}>
            <option value="">{t("statistics.countryChoose")}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>{" "}
          <button type="submit">{t("statistics.countryShow")}</button>
        </form>
        {invalidCountry && (
          <p className="notice" role="status">
            {t("statistics.countryInvalid", { code: invalidCountry.slice(0, 10) })}
          </p>
        )}
      </section>
      {countryTable && render(countryTable)}

      <section aria-labelledby="not-reproducible">
        <h2 id="not-reproducible">{t("statistics.notReproducible.heading")}</h2>
        <p>{t("statistics.notReproducible.intro")}</p>
        <ul>
          <li>{t("statistics.notReproducible.reasons")}</li>
          <li>{t("statistics.notReproducible.obstacles")}</li>
          <li>{t("statistics.notReproducible.responseRate")}</li>
          <li>{t("statistics.notReproducible.shares")}</li>
          <li>{t("statistics.notReproducible.history")}</li>
        </ul>
      </section>
    </>
  );
}
