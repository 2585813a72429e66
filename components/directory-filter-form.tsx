import Link from "next/link";
import type { FilterOptions } from "@/lib/directory/filter-options";
import { ACTIVITY_VALUES, KIND_VALUES } from "@/lib/directory/parse-params";
import { FILTER_PARAMS, type DirectorySort } from "@/lib/directory/types";
import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";

type Option = { value: string; label: string };

/**
 * The directory filters as a plain GET form: works without JavaScript, and the URL it
 * produces is the view (shareable, bookmarkable, the same parameters as the map's).
 */
export function DirectoryFilterForm({
  locale,
  path,
  current,
  options,
  sorts,
  variant,
  collapse = "phone",
}: {
  locale: Locale;
  path: string;
  current: URLSearchParams;
  options: FilterOptions;
  sorts: DirectorySort[];
  variant: "organisations" | "partnerships";
  /** Folded behind "Visa filter" on phones only, or on every screen (the map, which comes first). */
  collapse?: "phone" | "always";
}) {
  const { t } = getI18n(locale);
  const activeCount = new Set(
    [...current.keys()].filter((k) => k !== FILTER_PARAMS.sort && k !== FILTER_PARAMS.page),
  ).size;
  const single = (param: string) => current.get(param) ?? "";
  const checked = (param: string, value: string) => current.getAll(param).includes(value);

  const select = (param: string, label: string, all: string, items: Option[]) => (
    <div className="field">
      <label htmlFor={`f-${param}`}>{label}</label>
      <select id={`f-${param}`} name={param} defaultValue={single(param)}>
        <option value="">{all}</option>
        {items.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form method="get" action={localePath(locale, path)} className="filters">
      <details className="filter-disclosure" data-collapse={collapse}>
        <summary>
          {t("filters.disclosure")}
          {activeCount > 0 && <> ({t("filters.activeCount", { count: activeCount })})</>}
        </summary>
        <fieldset>
          <legend>{t("filters.legend")}</legend>
          <div className="field">
            <label htmlFor="f-q">{t("filters.query")}</label>
            <input
              id="f-q"
              name={FILTER_PARAMS.query}
              type="search"
              defaultValue={single(FILTER_PARAMS.query)}
              maxLength={100}
            />
          </div>
          {select(FILTER_PARAMS.county, t("filters.county"), t("filters.allCounties"), options.counties)}
          {select(
            FILTER_PARAMS.municipalityGroup,
            t("filters.municipalityGroup"),
            t("filters.allGroups"),
            options.municipalityGroups,
          )}
          {select(FILTER_PARAMS.country, t("filters.country"), t("filters.allCountries"), options.countries)}
          {select(FILTER_PARAMS.area, t("filters.area"), t("filters.allAreas"), options.areas)}
          {select(FILTER_PARAMS.funding, t("filters.funding"), t("filters.allFunding"), options.fundingForms)}
          <fieldset className="choices">
            <legend>{t("filters.kind")}</legend>
            {Object.entries(KIND_VALUES).map(([value, kind]) => (
              <label key={value}>
                <input
                  type="checkbox"
                  name={FILTER_PARAMS.kind}
                  value={value}
                  defaultChecked={checked(FILTER_PARAMS.kind, value)}
                />{" "}
                {t(`kind.${kind}.singular`)}
              </label>
            ))}
          </fieldset>
          <fieldset className="choices">
            <legend>{t("filters.activity")}</legend>
            {Object.entries(ACTIVITY_VALUES).map(([value, activity]) => (
              <label key={value}>
                <input
                  type="checkbox"
                  name={FILTER_PARAMS.activity}
                  value={value}
                  defaultChecked={checked(FILTER_PARAMS.activity, value)}
                />{" "}
                {t(`activity.${activity}`)}
              </label>
            ))}
          </fieldset>
          <div className="field years">
            <label htmlFor="f-fran">{t("filters.yearFrom")}</label>
            <input
              id="f-fran"
              name={FILTER_PARAMS.yearFrom}
              type="number"
              inputMode="numeric"
              min={1900}
              max={2100}
              defaultValue={single(FILTER_PARAMS.yearFrom)}
            />
            <label htmlFor="f-till">{t("filters.yearTo")}</label>
            <input
              id="f-till"
              name={FILTER_PARAMS.yearTo}
              type="number"
              inputMode="numeric"
              min={1900}
              max={2100}
              defaultValue={single(FILTER_PARAMS.yearTo)}
            />
          </div>
          <label className="toggle">
            <input
              type="checkbox"
              name={FILTER_PARAMS.includeEnded}
              value="1"
              defaultChecked={checked(FILTER_PARAMS.includeEnded, "1")}
            />{" "}
            {t("filters.includeEnded")}
          </label>
          {variant === "organisations" && (
            <label className="toggle">
              <input
                type="checkbox"
                name={FILTER_PARAMS.hasNone}
                value="1"
                defaultChecked={checked(FILTER_PARAMS.hasNone, "1")}
              />{" "}
              {t("filters.hasNone")}
            </label>
          )}
          <div className="field">
            <label htmlFor="f-sort">{t("filters.sort")}</label>
            <select
              id="f-sort"
              name={FILTER_PARAMS.sort}
              defaultValue={single(FILTER_PARAMS.sort) || sorts[0]}
            >
              {sorts.map((s) => (
                <option key={s} value={s}>
                  {t(`sort.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="submit">{t("filters.apply")}</button>{" "}
            <Link href={localePath(locale, path)}>{t("filters.clear")}</Link>
          </div>
        </fieldset>
      </details>
    </form>
  );
}
