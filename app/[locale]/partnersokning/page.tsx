import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/pagination";
import { RequestSummary } from "@/components/partner-search/request-summary";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { CITIES4CITIES_URL, KIND_VALUES, SIDE_VALUES } from "@/lib/partner-search/codes";
import { loadCatalogues, optionsOf } from "@/lib/partner-search/labels";
import { BOARD_PARAMS, parseBoardParams, serializeBoardParams } from "@/lib/partner-search/params";
import { findBoard } from "@/lib/partner-search/queries";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PATH = "/partnersokning";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  return {
    title: t("partnerSearch.boardTitle"),
    description: t("partnerSearch.boardIntro"),
    alternates: pageAlternates(locale, PATH),
  };
}

export default async function PartnerSearchBoard({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const i18n = getI18n(locale);
  const { t } = i18n;
  const parsed = parseBoardParams(await searchParams);
  const [result, catalogues, user] = await Promise.all([
    findBoard(db(), parsed),
    loadCatalogues(db(), locale),
    getCurrentUser(),
  ]);
  const options = optionsOf(catalogues, locale);
  const current = serializeBoardParams({ filters: parsed.filters });
  const { filters } = parsed;
  const select = (
    name: string,
    label: string,
    choices: { value: string; label: string }[],
    chosen: string | undefined,
  ) => (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={chosen ?? ""}>
        <option value="">{t("partnerSearch.filters.any")}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
  const urlValue = <T extends Record<string, string>>(values: T, value: string | undefined) =>
    value ? Object.entries(values).find(([, v]) => v === value)?.[0] : undefined;

  return (
    <>
      <h1>{t("partnerSearch.boardTitle")}</h1>
      <p className="lead">{t("partnerSearch.boardIntro")}</p>
      <ul className="tasks">
        <li>
          <Link href={localePath(locale, `${PATH}/ny`)}>{t("partnerSearch.abroadLink")}</Link>
        </li>
        {user ? (
          <li>
            <Link href={localePath(locale, `${PATH}/publicera`)}>{t("partnerSearch.publishLink")}</Link>
          </li>
        ) : null}
        {user?.role === "ADMINISTRATOR" ? (
          <li>
            <Link href={localePath(locale, `${PATH}/granska`)}>{t("partnerSearch.moderateLink")}</Link>
          </li>
        ) : null}
      </ul>
      <p className="notice">
        {t("partnerSearch.ukraine")}{" "}
        <a href={CITIES4CITIES_URL} rel="external">
          Cities4Cities
        </a>
      </p>
      <form
        method="get"
        action={localePath(locale, PATH)}
        className="filters board-filters"
        aria-label={t("partnerSearch.filters.label")}
      >
        {select(
          BOARD_PARAMS.side,
          t("partnerSearch.filters.side"),
          Object.entries(SIDE_VALUES).map(([value, side]) => ({
            value,
            label: t(`partnerSearch.side.${side}`),
          })),
          urlValue(SIDE_VALUES, filters.sides[0]),
        )}
        {select(
          BOARD_PARAMS.kind,
          t("partnerSearch.filters.kind"),
          Object.entries(KIND_VALUES).map(([value, kind]) => ({
            value,
            label: t(`partnerSearch.kind.${kind}`),
          })),
          urlValue(KIND_VALUES, filters.kinds[0]),
        )}
        {select(
          BOARD_PARAMS.country,
          t("partnerSearch.filters.country"),
          options.countries,
          filters.countries[0],
        )}
        {select(BOARD_PARAMS.area, t("partnerSearch.filters.area"), options.areas, filters.areas[0])}
        {select(
          BOARD_PARAMS.funding,
          t("partnerSearch.filters.funding"),
          options.fundingForms,
          filters.fundingForms[0],
        )}
        <p>
          <button type="submit">{t("partnerSearch.filters.submit")}</button>
        </p>
      </form>
      {parsed.invalid.length > 0 && (
        <p className="notice">
          {t("filters.ignored", { list: parsed.invalid.map((i) => `${i.param}=${i.value}`).join(", ") })}
        </p>
      )}
      <p className="result-summary" role="status">
        {t("partnerSearch.count", { total: result.total })}
      </p>
      {result.rows.length > 0 ? (
        <ul className="request-list">
          {result.rows.map((request) => (
            <li key={request.id}>
              <RequestSummary request={request} catalogues={catalogues} i18n={i18n} locale={locale} />
            </li>
          ))}
        </ul>
      ) : null}
      <Pagination
        locale={locale}
        path={PATH}
        current={current}
        page={result.page}
        pageCount={result.pageCount}
      />
    </>
  );
}
