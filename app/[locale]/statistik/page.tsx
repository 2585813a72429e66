import type { Metadata } from "next";
import { StatisticsTable } from "@/components/statistics/statistics-table";
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localePath } from "@/lib/i18n/config";
import { localisedName } from "@/lib/i18n/localised";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { formatCell } from "@/lib/stats/format";
import {
  COUNTRY_PARAM,
  listClosedRounds,
  loadStatisticsView,
  ROUND_PARAM,
} from "@/lib/stats/statistics-view";
import { notComparable, type StatsTable } from "@/lib/stats/tables";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PATH = "/statistik";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  return {
    title: t("statistics.title"),
    description: t("statistics.description"),
    alternates: pageAlternates(locale, PATH),
  };
}

export default async function StatisticsPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const i18n = getI18n(locale);
  const { t, format } = i18n;
  const query = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const selection = { country: first(query[COUNTRY_PARAM]), round: first(query[ROUND_PARAM]) };
  const [{ dataset, stats, tables, country, round, invalidCountry, invalidRound }, rounds] =
    await Promise.all([
      publicRead(db(), "statistik", [locale, selection], () =>
        loadStatisticsView(db(), i18n, locale, selection),
      ),
      publicRead(db(), "closedRounds", null, () => listClosedRounds(db())),
    ]);

  const csvHref = (table: StatsTable) => {
    const params = new URLSearchParams();
    if (table.id === "land" && country) params.set(COUNTRY_PARAM, country);
    if (round) params.set(ROUND_PARAM, String(round.id));
    return localePath(locale, `${PATH}/${table.id}.csv${params.size ? `?${params}` : ""}`);
  };
  const render = (table: StatsTable) => (
    <StatisticsTable
      key={table.id}
      table={table}
      locale={locale}
      csvHref={csvHref(table)}
      labels={{
        chart: t("statistics.chartLabel", { title: table.title }),
        caption: t("statistics.tableCaption", { title: table.title }),
        download: t("statistics.download"),
        empty: t("statistics.empty.generic"),
      }}
    />
  );
  const countryTable = tables.find((x) => x.id === "land");
  const collator = new Intl.Collator(locale);
  const countries = dataset.countries
    .map((c) => ({ code: c.code, name: localisedName(c, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const municipalities = stats.engagement.MUNICIPALITY;
  const twin = stats.activity.TWIN_TOWN;
  const { coverage } = stats;
  const reported = coverage.members.MUNICIPALITY.reported + coverage.members.REGION.reported;
  const members = coverage.members.MUNICIPALITY.members + coverage.members.REGION.members;
  const percent = (count: number, total: number) => formatCell(total ? count / total : null, "share", locale);

  return (
    <>
      <h1>{t("statistics.title")}</h1>
      <p>{t("statistics.intro")}</p>
      <p>
        {round ? t("statistics.roundAsOf", { name: round.name }) + " " : ""}
        {t("statistics.asOf", { date: format.dateTime(new Date(stats.asOf), { dateStyle: "long" }) })}
      </p>

      {/* Coverage first: without it a low figure reads as "none" where it may mean "not reported". */}
      <section aria-labelledby="coverage" className="statistics-coverage">
        <h2 id="coverage">{t("statistics.coverage.heading")}</h2>
        <ul>
          <li data-coverage="members">
            {t("statistics.coverage.members", {
              municipalitiesReported: coverage.members.MUNICIPALITY.reported,
              municipalities: coverage.members.MUNICIPALITY.members,
              regionsReported: coverage.members.REGION.reported,
              regions: coverage.members.REGION.members,
              share: percent(reported, members),
            })}
          </li>
          <li data-coverage="activity">
            {t("statistics.coverage.activity", {
              known: coverage.partnerships.withKnownActivity,
              current: coverage.partnerships.current,
              share: percent(coverage.partnerships.withKnownActivity, coverage.partnerships.current),
            })}
          </li>
        </ul>
        {coverage.complete ? (
          <p data-coverage="comparable">{t("statistics.coverage.complete")}</p>
        ) : (
          <>
            <p>{t("statistics.coverage.unreported")}</p>
            <p className="statistic-caveat" data-coverage="not-comparable">
              {notComparable(stats, t)} <a href="#stat-utveckling">{t("statistics.coverage.trendLink")}</a>
            </p>
          </>
        )}
      </section>
      {rounds.length > 0 && (
        <form method="get" action={localePath(locale, PATH)} className="round-form">
          <label htmlFor="statistics-round">{t("statistics.roundLabel")}</label>{" "}
          <select id="statistics-round" name={ROUND_PARAM} defaultValue={round ? String(round.id) : ""}>
            <option value="">{t("statistics.roundNow")}</option>
            {rounds.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>{" "}
          <button type="submit">{t("statistics.countryShow")}</button>
        </form>
      )}
      {invalidRound && (
        <p className="notice" role="status">
          {t("statistics.roundInvalid", { id: invalidRound.slice(0, 10) })}
        </p>
      )}
      <p>
        <a href={localePath(locale, "/oppna-data")}>{t("statistics.openDataLink")}</a>
      </p>

      <section aria-labelledby="key-figures">
        <h2 id="key-figures">{t("statistics.keyFigures")}</h2>
        <ul className="key-figures statistics-key-figures">
          <li data-figure="members-with-any">
            <strong>
              {formatCell(
                municipalities.members ? municipalities.withAny / municipalities.members : null,
                "share",
                locale,
              )}
            </strong>{" "}
            {t("statistics.keyMembers")}
          </li>
          <li data-figure="twin-towns">
            <strong>{formatCell(stats.kinds.TWIN_TOWN.total, "count", locale)}</strong>{" "}
            {t("statistics.keyTwinTowns")}
          </li>
          <li data-figure="countries">
            <strong>{formatCell(stats.countries.twinOrPartnership, "count", locale)}</strong>{" "}
            {t("statistics.keyCountries")}
          </li>
          <li data-figure="active-twin-towns">
            <strong>{formatCell(twin.total ? twin.ACTIVE / twin.total : null, "share", locale)}</strong>{" "}
            {t("statistics.keyActiveTwinTowns")}
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
          {round && <input type="hidden" name={ROUND_PARAM} value={round.id} />}
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
