// What the new-place and edit-place pages share: the signed-in member the place belongs to,
// the country choices, and the page's top (who is signed in, the way back).
import Link from "next/link";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireManagedOrganisation } from "@/app/[locale]/hantera/[slug]/managed-organisation";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import { countryOptions } from "@/lib/places/country-options";

/** The user (signed in, else to the login page and back here), the member in their scope (else 404), the countries. */
export async function placePageContext(locale: Locale, slug: string, subpath: string) {
  const { user, organisation } = await requireManagedOrganisation(locale, slug, subpath);
  return { user, organisation, countries: await countryOptions(db(), locale) };
}

/** Back to the import's review queue when the form was opened from it, else to the member's page. */
export function PlacePageTop({
  user,
  locale,
  member,
  fromReview,
}: {
  user: SessionUser;
  locale: Locale;
  member: { slug: string; name: string };
  fromReview: boolean;
}) {
  const { t } = getI18n(locale);
  return (
    <>
      <SignedInBar user={user} locale={locale} />
      <p>
        {fromReview ? (
          <Link href={localePath(locale, "/hantera/import/granska")}>{t("manage.place.backToReview")}</Link>
        ) : (
          <Link href={localePath(locale, `/hantera/${member.slug}`)}>
            {t("manage.partnership.backToOrganisation", { name: member.name })}
          </Link>
        )}
      </p>
    </>
  );
}
