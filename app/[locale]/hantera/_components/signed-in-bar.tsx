import Link from "next/link";
import { signOutAction } from "@/app/[locale]/logga-in/actions";
import type { SessionUser } from "@/lib/auth/session-user";
import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";

/** Who is signed in, the way back to the overview, and signing out. */
export function SignedInBar({ user, locale }: { user: SessionUser; locale: Locale }) {
  const { t } = getI18n(locale);
  return (
    <div className="signed-in-bar">
      <p>
        {t("manage.signedInAs", { name: user.name, email: user.email })}{" "}
        <Link href={localePath(locale, "/hantera")}>{t("manage.title")}</Link>
        {" · "}
        <Link href={localePath(locale, "/hantera/import")}>{t("manage.importLink")}</Link>
        {user.role === "ADMINISTRATOR" ? (
          <>
            {" · "}
            <Link href={localePath(locale, "/hantera/anvandare")}>{t("manage.users")}</Link>
            {" · "}
            <Link href={localePath(locale, "/hantera/inventering")}>{t("manage.inventoryLink")}</Link>
          </>
        ) : null}
      </p>
      <form action={signOutAction}>
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="secondary">
          {t("manage.signOut")}
        </button>
      </form>
    </div>
  );
}
