import { ActionForm } from "@/components/manage/action-form";
import { TableScroll } from "@/components/table-scroll";
import { SelectField, TextField } from "@/components/manage/fields";
import { SavedMessage } from "@/components/manage/saved-message";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireAdministrator } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { memberChoices, userAccounts } from "@/lib/manage/queries";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import {
  inviteUserAction,
  renewInvitationAction,
  setUserActiveAction,
  setUserAssignmentsAction,
} from "./actions";
import { administratorPageTitle } from "@/app/[locale]/hantera/page-title";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = administratorPageTitle("manage.admin.title", "/hantera/anvandare");

export default async function UsersPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const admin = await requireAdministrator(locale, localePath(locale, "/hantera/anvandare"));
  const { t } = getI18n(locale);
  const users = await userAccounts(db());
  const organisations = await memberChoices(db());
  const roles = (["OFFICER", "ADMINISTRATOR"] as const).map((value) => ({
    value,
    label: t(`manage.admin.${value}`),
  }));
  return (
    <>
      <SignedInBar user={admin} locale={locale} />
      <h1>{t("manage.admin.title")}</h1>
      <SavedMessage saved={(await searchParams).sparat} locale={locale} />
      <h2>{t("manage.admin.invite")}</h2>
      <ActionForm
        action={inviteUserAction}
        hidden={{ locale }}
        submitLabel={t("manage.admin.send")}
        testId="invite-form"
      >
        <TextField name="name" label={t("manage.admin.name")} autoComplete="off" />
        <TextField name="email" label={t("manage.admin.email")} type="email" autoComplete="off" />
        <SelectField name="role" label={t("manage.admin.role")} options={roles} defaultValue="OFFICER" />
        <SelectField
          name="organisationIds"
          label={t("manage.admin.organisations")}
          hint={t("manage.admin.organisationsHint")}
          options={organisations}
          multiple
        />
      </ActionForm>

      <h2>{t("manage.admin.list")}</h2>
      {/* Accounts with their e-mail addresses and actions: wider than a phone, so it scrolls in its frame. */}
      <TableScroll label={t("manage.admin.list")}>
        <table>
          <caption className="visually-hidden">{t("manage.admin.list")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("manage.admin.name")}</th>
              <th scope="col">{t("manage.admin.role")}</th>
              <th scope="col">{t("manage.admin.state")}</th>
              <th scope="col">{t("manage.admin.organisations")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-testid={`user-${u.email}`}>
                <th scope="row">
                  {u.name}
                  <br />
                  <span className="note">{u.email}</span>
                </th>
                <td>{t(`manage.admin.${u.role}`)}</td>
                <td>
                  {!u.active
                    ? t("manage.admin.inactive")
                    : u.invitationPending
                      ? t("manage.admin.pending")
                      : t("manage.admin.active")}
                  {u.active && u.invitationPending ? (
                    <ActionForm
                      action={renewInvitationAction}
                      hidden={{ userId: u.id, locale }}
                      submitLabel={t("manage.admin.renewLabel", { name: u.name })}
                      secondary
                    />
                  ) : null}
                  {u.id !== admin.id ? (
                    <ActionForm
                      action={setUserActiveAction}
                      hidden={{ userId: u.id, active: String(!u.active), locale }}
                      submitLabel={
                        u.active
                          ? t("manage.admin.deactivateLabel", { name: u.name })
                          : t("manage.admin.activateLabel", { name: u.name })
                      }
                      secondary
                    />
                  ) : null}
                </td>
                <td>
                  {u.role === "OFFICER" ? (
                    <ActionForm
                      action={setUserAssignmentsAction}
                      hidden={{ userId: u.id, locale }}
                      submitLabel={t("manage.admin.assign")}
                      secondary
                    >
                      <SelectField
                        name="organisationIds"
                        label={t("manage.admin.assignLabel", { name: u.name })}
                        options={organisations}
                        defaultValue={u.assignments.map((a) => String(a.organisationId))}
                        multiple
                      />
                    </ActionForm>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
