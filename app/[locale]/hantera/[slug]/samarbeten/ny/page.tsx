import Link from "next/link";
import { PartnershipForm } from "@/components/manage/partnership-form";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireManagedOrganisation } from "@/app/[locale]/hantera/[slug]/managed-organisation";
import { db } from "@/lib/db";
import { newPartnershipDefaults, partnershipFormOptions } from "@/lib/manage/partnership-form-props";
import { partnershipFormChoices } from "@/lib/manage/queries";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { createPartnershipAction } from "../actions";
import { memberPageTitle } from "@/app/[locale]/hantera/page-title";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateMetadata = memberPageTitle(() => "/samarbeten/ny", "manage.pageTitles.newPartnership");

export default async function NewPartnershipPage({ params }: Props) {
  const locale = await localeOf(params);
  const { slug } = await params;
  const { user, organisation } = await requireManagedOrganisation(locale, slug, `/samarbeten/ny`);
  const { t } = getI18n(locale);
  const options = partnershipFormOptions(t, await partnershipFormChoices(db(), locale));
  return (
    <>
      <SignedInBar user={user} locale={locale} />
      <p>
        <Link href={localePath(locale, `/hantera/${slug}`)}>
          {t("manage.partnership.backToOrganisation", { name: organisation.name })}
        </Link>
      </p>
      <h1>{t("manage.partnership.newTitle", { name: organisation.name })}</h1>
      <PartnershipForm
        action={createPartnershipAction}
        hidden={{ locale, slug }}
        defaults={newPartnershipDefaults(organisation.id)}
        options={options}
        submitLabel={t("manage.partnership.create")}
        locale={locale}
      />
    </>
  );
}
