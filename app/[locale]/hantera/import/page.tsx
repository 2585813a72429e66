import Link from "next/link";
import { ClientIntlProvider } from "@/components/client-intl-provider";
import { ImportWizard } from "@/components/manage/import-form";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireUser } from "@/lib/auth/session";
import { importErrorState, MAX_IMPORT_BYTES } from "@/lib/manage/import-actions";
import { IMPORT_ERROR_PARAM } from "@/lib/import/limits";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf, MESSAGES } from "@/lib/i18n/server";
import { commitImportAction, previewImportAction } from "./actions";
import { pageTitle } from "@/app/[locale]/hantera/page-title";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = pageTitle("importUi.title");

export default async function ImportPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const user = await requireUser(locale, localePath(locale, "/hantera/import"));
  const { t } = getI18n(locale);
  const initialState = importErrorState((await searchParams)[IMPORT_ERROR_PARAM]);
  return (
    <>
      <SignedInBar user={user} locale={locale} />
      <h1>{t("importUi.title")}</h1>
      <p className="lead">{t("importUi.intro")}</p>
      {user.role === "OFFICER" ? <p>{t("importUi.introOfficer")}</p> : null}
      <p>
        <Link href={localePath(locale, "/hantera/import/granska")}>{t("importUi.queueTitle")}</Link>
        {user.role === "ADMINISTRATOR" ? (
          <>
            {" · "}
            <Link href={localePath(locale, "/hantera/import/kommungrupper")}>{t("importUi.groupsLink")}</Link>
          </>
        ) : null}
      </p>
      <ClientIntlProvider
        locale={locale}
        messages={{ importUi: MESSAGES[locale].importUi, import: MESSAGES[locale].import }}
      >
        <ImportWizard
          previewAction={previewImportAction}
          commitAction={commitImportAction}
          maxBytes={MAX_IMPORT_BYTES}
          locale={locale}
          reviewHref={localePath(locale, "/hantera/import/granska")}
          initialState={initialState}
        />
      </ClientIntlProvider>
    </>
  );
}
