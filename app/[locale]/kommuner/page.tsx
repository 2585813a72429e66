import type { Metadata } from "next";
import Link from "next/link";
import { DirectoryFilterForm } from "@/components/directory-filter-form";
import { Pagination } from "@/components/pagination";
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { loadFilterOptions } from "@/lib/directory/filter-options";
import { describeInvalidParams } from "@/lib/directory/page-params";
import { parseDirectoryParams, serializeDirectoryParams } from "@/lib/directory/parse-params";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { countyName } from "@/lib/i18n/region-names";
import { findOrganisations } from "@/lib/organisations/directory";
import { organisationPath } from "@/lib/organisations/paths";
import { TableScroll } from "@/components/table-scroll";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PATH = "/kommuner";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  return {
    title: t("organisations.title"),
    description: t("organisations.description"),
    alternates: pageAlternates(locale, PATH),
  };
}

export default async function OrganisationsPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { t, format } = getI18n(locale);
  const parsed = parseDirectoryParams(await searchParams);
  const current = serializeDirectoryParams(parsed);
  const [result, options] = await Promise.all([
    publicRead(db(), "kommuner", parsed, () => findOrganisations(db(), parsed)),
    loadFilterOptions(db(), locale),
  ]);

  return (
    <>
      <h1>{t("organisations.title")}</h1>
      <DirectoryFilterForm
        locale={locale}
        path={PATH}
        current={current}
        options={options}
        sorts={["name", "county", "partnerships"]}
        variant="organisations"
      />
      {parsed.invalid.length > 0 && (
        <p className="notice">{t("filters.ignored", { list: describeInvalidParams(parsed.invalid) })}</p>
      )}
      <p className="result-summary" role="status">
        {t("organisations.count", { total: result.total })}
      </p>
      <p className="note">{t("organisations.notReportedExplained")}</p>
      {result.rows.length > 0 && (
        <TableScroll label={t("organisations.title")}>
          <table>
            <caption className="visually-hidden">{t("organisations.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("organisations.name")}</th>
                <th scope="col">{t("organisations.county")}</th>
                <th scope="col">{t("organisations.group")}</th>
                <th scope="col">{t("organisations.partnerships")}</th>
                <th scope="col">{t("organisations.active")}</th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((o) => (
                <tr key={o.code}>
                  <th scope="row">
                    <Link href={localePath(locale, organisationPath(o))}>{o.name}</Link>
                  </th>
                  <td>{countyName({ code: o.countyCode, name: o.countyName }, locale)}</td>
                  <td>{o.municipalityGroupCode ?? "–"}</td>
                  {/* Unknown is not zero: a member that never reported, or reported no activity levels. */}
                  <td>
                    {o.partnershipCount === 0 && !o.reviewed
                      ? t("organisations.notReported")
                      : format.number(o.partnershipCount)}
                  </td>
                  <td>
                    {o.partnershipCount === 0
                      ? "–"
                      : o.knownActivityCount === 0
                        ? t("organisations.notReported")
                        : format.number(o.activePartnershipCount)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
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
