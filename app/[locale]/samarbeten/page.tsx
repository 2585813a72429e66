import type { Metadata } from "next";
import Link from "next/link";
import { DirectoryFilterForm } from "@/components/directory-filter-form";
import { Pagination } from "@/components/pagination";
import { PartnershipTable } from "@/components/partnership-table";
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { loadFilterOptions } from "@/lib/directory/filter-options";
import { describeInvalidParams } from "@/lib/directory/page-params";
import { parseDirectoryParams, serializeDirectoryParams } from "@/lib/directory/parse-params";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { findDirectoryPartnerships } from "@/lib/partnerships/queries";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const PATH = "/samarbeten";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  return {
    title: t("partnerships.title"),
    description: t("partnerships.description"),
    alternates: pageAlternates(locale, PATH),
  };
}

export default async function PartnershipsPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  const parsed = parseDirectoryParams(await searchParams);
  const current = serializeDirectoryParams(parsed);
  const selection = serializeDirectoryParams({ filters: parsed.filters }).toString();
  const [result, options] = await Promise.all([
    publicRead(db(), "samarbeten", parsed, () => findDirectoryPartnerships(db(), parsed)),
    loadFilterOptions(db(), locale),
  ]);
  const download = (format: "csv" | "json") =>
    `${localePath(locale, `${PATH}/export.${format}`)}${selection ? `?${selection}` : ""}`;

  return (
    <>
      <h1>{t("partnerships.title")}</h1>
      <DirectoryFilterForm
        locale={locale}
        path={PATH}
        current={current}
        options={options}
        sorts={["name", "startYear", "country"]}
        variant="partnerships"
      />
      {parsed.invalid.length > 0 && (
        <p className="notice">{t("filters.ignored", { list: describeInvalidParams(parsed.invalid) })}</p>
      )}
      <div className="downloads">
        <p className="result-summary" role="status">
          {t("partnerships.count", { total: result.total })}
        </p>
        {result.total > 0 && (
          <p>
            {t("partnerships.download")}:{" "}
            <Link href={download("csv")} prefetch={false}>
              {t("partnerships.downloadCsv")}
            </Link>
            ,{" "}
            <Link href={download("json")} prefetch={false}>
              {t("partnerships.downloadJson")}
            </Link>
          </p>
        )}
      </div>
      {result.rows.length > 0 && (
        <PartnershipTable
          partnerships={result.rows}
          caption={t("partnerships.title")}
          locale={locale}
          columns={["participants", "partner", "country", "kind", "since", "activity", "about"]}
        />
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
