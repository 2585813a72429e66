import Link from "next/link";
import { SignedInBar } from "@/components/manage/signed-in-bar";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { managedOrganisations } from "@/lib/editing/queries";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export default async function ManagePage({ params }: Props) {
  const locale = await localeOf(params);
  const user = await requireUser(locale, localePath(locale, "/hantera"));
  const { t } = getI18n(locale);
  const organisations = await managedOrganisations(db(), user);
  return (
    <>
      <SignedInBar user={user} locale={locale} />
      <h1>{t("manage.title")}</h1>
      <p className="lead">{t("manage.intro")}</p>
      <h2>{user.role === "ADMINISTRATOR" ? t("manage.allOrganisations") : t("manage.yourOrganisations")}</h2>
      {organisations.length ? (
        <ul className={organisations.length > 10 ? "organisation-list" : undefined}>
          {organisations.map((o) => (
            <li key={o.id}>
              <Link href={localePath(locale, `/hantera/${o.slug}`)}>{o.name}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("manage.noOrganisations")}</p>
      )}
    </>
  );
}
