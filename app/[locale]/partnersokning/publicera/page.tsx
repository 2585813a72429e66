import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ManageIntl } from "@/components/manage/manage-intl";
import { MemberRequestForm } from "@/components/partner-search/request-forms";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { managedOrganisations } from "@/lib/manage/queries";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { DEFAULT_MONTHS, monthsFrom } from "@/lib/partner-search/codes";
import { loadCatalogues, optionsOf } from "@/lib/partner-search/labels";
import { createMemberRequestAction } from "../actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = getI18n(await localeOf(params));
  return { title: t("partnerSearch.publish.title"), robots: { index: false, follow: false } };
}

/** An officer publishes what one of their members seeks. */
export default async function PublishRequestPage({ params }: Props) {
  const locale = await localeOf(params);
  const user = await requireUser(locale, localePath(locale, "/partnersokning/publicera"));
  const { t } = getI18n(locale);
  const organisations = await managedOrganisations(db(), user);
  if (organisations.length === 0) notFound();
  const options = optionsOf(await loadCatalogues(db(), locale), locale);
  return (
    <>
      <h1>{t("partnerSearch.publish.title")}</h1>
      <p className="lead">{t("partnerSearch.publish.intro")}</p>
      <ManageIntl locale={locale} also={["partnerSearch"]}>
        <MemberRequestForm
          action={createMemberRequestAction}
          hidden={{ locale }}
          organisations={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
          options={{ ...options, countries: options.countries.filter((c) => c.value !== "SE") }}
          initial={{
            kind: "TWIN_TOWN",
            countryCodes: [],
            worldRegions: [],
            areaCodes: [],
            fundingCodes: [],
            description: "",
            descriptionEn: "",
            contactName: user.name,
            contactEmail: user.email,
            endsOn: monthsFrom(new Date(), DEFAULT_MONTHS),
          }}
          submitLabel={t("partnerSearch.publish.submit")}
        />
      </ManageIntl>
    </>
  );
}
