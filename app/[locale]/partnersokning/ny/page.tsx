import type { Metadata } from "next";
import Link from "next/link";
import { ManageIntl } from "@/components/manage/manage-intl";
import { AbroadRequestForm } from "@/components/partner-search/request-forms";
import { db } from "@/lib/db";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { CITIES4CITIES_URL } from "@/lib/partner-search/codes";
import { loadCatalogues, optionsOf } from "@/lib/partner-search/labels";
import { submitAbroadRequestAction } from "../actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  return { title: t("partnerSearch.abroad.title"), alternates: pageAlternates(locale, "/partnersokning/ny") };
}

/** The public form of a town abroad that seeks a Swedish partner (and the answer once it is sent). */
export default async function AbroadRequestPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  const sent = (await searchParams).skickad;
  if (sent === "bekrafta" || sent === "granskas") {
    return (
      <>
        <h1>{t("partnerSearch.abroad.title")}</h1>
        <p role="status" className="message message-ok">
          {t(sent === "bekrafta" ? "partnerSearch.abroad.sentConfirm" : "partnerSearch.abroad.sentReview")}
        </p>
        <p>
          <Link href={localePath(locale, "/partnersokning")}>{t("partnerSearch.back")}</Link>
        </p>
      </>
    );
  }
  const options = optionsOf(await loadCatalogues(db(), locale), locale);
  return (
    <>
      <h1>{t("partnerSearch.abroad.title")}</h1>
      <p className="lead">{t("partnerSearch.abroad.intro")}</p>
      <p className="notice">
        {t("partnerSearch.ukraine")}{" "}
        <a href={CITIES4CITIES_URL} rel="external">
          Cities4Cities
        </a>
      </p>
      <ManageIntl locale={locale} also={["partnerSearch"]}>
        <AbroadRequestForm
          action={submitAbroadRequestAction}
          locale={locale}
          options={{ ...options, countries: options.countries.filter((c) => c.value !== "SE") }}
        />
      </ManageIntl>
    </>
  );
}
