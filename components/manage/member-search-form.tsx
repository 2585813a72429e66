import { countyName } from "@/lib/i18n/region-names";
import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import {
  KIND_PARAM_VALUES,
  MEMBER_PARAMS,
  kindParamOf,
  yesNoParamOf,
  type MemberFilters,
} from "@/lib/manage/member-search";

/**
 * The administrator's member filters as a GET form (lib/manage/member-search.ts): works without
 * JavaScript, the URL keeps the choice, and on a phone it folds behind "Visa filter" like the
 * directory's. `responded`: offer the open round's answered/not answered filter.
 */
export function MemberSearchForm({
  locale,
  path,
  filters,
  counties,
  responded,
  id,
}: {
  locale: Locale;
  path: string;
  filters: MemberFilters;
  counties: { code: string; name: string }[];
  responded: boolean;
  /** Prefix of the fields' ids (two forms on one page must not share them). */
  id: string;
}) {
  const { t } = getI18n(locale);
  const select = (
    param: string,
    label: string,
    value: string,
    options: { value: string; label: string }[],
    all: string,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${param}`}>{label}</label>
      <select id={`${id}-${param}`} name={param} defaultValue={value}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const yesNo = [
    { value: "ja", label: t("memberSearch.yes") },
    { value: "nej", label: t("memberSearch.no") },
  ];
  return (
    <form method="get" action={localePath(locale, path)} className="filters" role="search">
      <details className="filter-disclosure" data-collapse="phone">
        <summary>{t("filters.disclosure")}</summary>
        <fieldset>
          <legend>{t("memberSearch.legend")}</legend>
          <div className="field">
            <label htmlFor={`${id}-q`}>{t("memberSearch.query")}</label>
            <input
              id={`${id}-q`}
              name={MEMBER_PARAMS.query}
              type="search"
              defaultValue={filters.query}
              maxLength={100}
            />
          </div>
          {select(
            MEMBER_PARAMS.county,
            t("filters.county"),
            filters.county ?? "",
            counties
              .map((c) => ({ value: c.code, label: countyName(c, locale) }))
              .sort((a, b) => a.label.localeCompare(b.label, locale)),
            t("filters.allCounties"),
          )}
          {select(
            MEMBER_PARAMS.kind,
            t("memberSearch.kind"),
            kindParamOf(filters.kind),
            KIND_PARAM_VALUES.map((value) => ({ value, label: t(`memberSearch.kinds.${value}`) })),
            t("memberSearch.allKinds"),
          )}
          {select(
            MEMBER_PARAMS.officer,
            t("memberSearch.officer"),
            yesNoParamOf(filters.officer),
            yesNo,
            t("memberSearch.either"),
          )}
          {responded
            ? select(
                MEMBER_PARAMS.responded,
                t("memberSearch.responded"),
                yesNoParamOf(filters.responded),
                yesNo,
                t("memberSearch.either"),
              )
            : null}
          <div className="actions">
            <button type="submit">{t("memberSearch.submit")}</button>
            <a href={localePath(locale, path)}>{t("memberSearch.clear")}</a>
          </div>
        </fieldset>
      </details>
    </form>
  );
}
