import type { Metadata } from "next";
import { ManageIntl } from "@/components/manage/manage-intl";
import { SmallForm } from "@/components/partner-search/request-forms";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { confirmAbroadRequestAction } from "../../actions";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = getI18n(await localeOf(params));
  return { title: t("partnerSearch.confirm.title"), robots: { index: false, follow: false } };
}

/** The mailed link's page: one button, so a mail scanner that opens the link confirms nothing. */
export default async function ConfirmRequestPage({ params }: Props) {
  const locale = await localeOf(params);
  const { token } = await params;
  const { t } = getI18n(locale);
  return (
    <>
      <h1>{t("partnerSearch.confirm.title")}</h1>
      <p>{t("partnerSearch.confirm.intro")}</p>
      <ManageIntl locale={locale} also={["partnerSearch"]}>
        <SmallForm
          action={confirmAbroadRequestAction}
          hidden={{ locale, token: token.slice(0, 200) }}
          submitLabel={t("partnerSearch.confirm.submit")}
          testId="confirm-form"
        />
      </ManageIntl>
    </>
  );
}
