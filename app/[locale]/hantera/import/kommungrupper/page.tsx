import { ClientIntlProvider } from "@/components/client-intl-provider";
import { MunicipalityGroupImport } from "@/components/manage/municipality-group-import";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireAdministrator } from "@/lib/auth/session";
import { importErrorState, MAX_IMPORT_BYTES } from "@/lib/manage/import-actions";
import { IMPORT_ERROR_PARAM } from "@/lib/import/limits";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf, MESSAGES } from "@/lib/i18n/server";
import { importMunicipalityGroupsAction } from "../actions";
import { administratorPageTitle } from "@/app/[locale]/hantera/page-title";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = administratorPageTitle(
  "importUi.groupsTitle",
  "/hantera/import/kommungrupper",
);

export default async function MunicipalityGroupImportPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const admin = await requireAdministrator(locale, localePath(locale, "/hantera/import/kommungrupper"));
  const { t } = getI18n(locale);
  const initialState = importErrorState((await searchParams)[IMPORT_ERROR_PARAM]);
  return (
    <>
      <SignedInBar user={admin} locale={locale} />
      <h1>{t("importUi.groupsTitle")}</h1>
      <p className="lead">{t("importUi.groupsIntro")}</p>
      <ClientIntlProvider locale={locale} messages={{ importUi: MESSAGES[locale].importUi }}>
        <MunicipalityGroupImport
          action={importMunicipalityGroupsAction}
          maxBytes={MAX_IMPORT_BYTES}
          initialState={initialState}
        />
      </ClientIntlProvider>
    </>
  );
}
