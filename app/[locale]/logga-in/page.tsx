import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/manage/login-form";
import { ManageIntl } from "@/components/manage/manage-intl";
import { entraIdEnabled } from "@/lib/auth/config";
import { getCurrentUser } from "@/lib/auth/session";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { entraIdSignInAction, safeReturnPath, signInAction } from "./actions";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = getI18n(await localeOf(params));
  return { title: t("manage.login.title"), robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  const query = await searchParams;
  const returnTo = await safeReturnPath(
    typeof query.tillbaka === "string" ? query.tillbaka : "",
    localePath(locale, "/hantera"),
  );
  if (await getCurrentUser()) redirect(returnTo);
  return (
    <ManageIntl locale={locale}>
      <h1>{t("manage.login.title")}</h1>
      <p>{t("manage.login.intro")}</p>
      {query.inbjudan === "accepterad" ? (
        <p role="status" className="message message-ok">
          {t("manage.invitation.accepted")}
        </p>
      ) : null}
      <LoginForm action={signInAction} locale={locale} returnTo={returnTo} />
      {entraIdEnabled() ? (
        <form action={entraIdSignInAction}>
          <input type="hidden" name="locale" value={locale} />
          <p>{t("manage.login.or")}</p>
          <button type="submit">{t("manage.login.entraId")}</button>
        </form>
      ) : null}
    </ManageIntl>
  );
}
