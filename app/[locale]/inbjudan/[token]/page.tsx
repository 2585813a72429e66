import type { Metadata } from "next";
import { acceptInvitationAction } from "./actions";
import { ActionForm } from "@/components/manage/action-form";
import { TextField } from "@/components/manage/fields";
import { ManageIntl } from "@/components/manage/manage-intl";
import { findOpenInvitation } from "@/lib/auth/invitations";
import { db } from "@/lib/db";
import { getI18n, localeOf } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = getI18n(await localeOf(params));
  return { title: t("manage.invitation.title"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function InvitationPage({ params }: Props) {
  const locale = await localeOf(params);
  const { token } = await params;
  const { t } = getI18n(locale);
  const invitation = await findOpenInvitation(db(), token);
  return (
    <ManageIntl locale={locale}>
      <h1>{t("manage.invitation.title")}</h1>
      {invitation ? (
        <>
          <p>{t("manage.invitation.intro", { name: invitation.user.name, email: invitation.user.email })}</p>
          <ActionForm
            action={acceptInvitationAction}
            hidden={{ token, locale }}
            submitLabel={t("manage.invitation.submit")}
          >
            <TextField
              name="password"
              type="password"
              label={t("manage.invitation.password")}
              hint={t("manage.invitation.passwordHint")}
              autoComplete="new-password"
            />
            <TextField
              name="passwordConfirmation"
              type="password"
              label={t("manage.invitation.passwordConfirmation")}
              autoComplete="new-password"
            />
          </ActionForm>
        </>
      ) : (
        <p role="alert">{t("manage.invitation.invalid")}</p>
      )}
    </ManageIntl>
  );
}
