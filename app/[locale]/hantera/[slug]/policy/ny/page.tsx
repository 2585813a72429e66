import Link from "next/link";
import { ActionForm } from "@/components/manage/action-form";
import { PolicyFields } from "@/components/manage/policy-fields";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireManagedOrganisation } from "@/app/[locale]/hantera/[slug]/managed-organisation";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { createPolicyAction } from "../actions";
import { memberPageTitle } from "@/app/[locale]/hantera/page-title";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateMetadata = memberPageTitle(() => "/policy/ny", "manage.pageTitles.newPolicy");

export default async function NewPolicyPage({ params }: Props) {
  const locale = await localeOf(params);
  const { slug } = await params;
  const { user, organisation } = await requireManagedOrganisation(locale, slug, `/policy/ny`);
  const { t } = getI18n(locale);
  return (
    <>
      <SignedInBar user={user} locale={locale} />
      <p>
        <Link href={localePath(locale, `/hantera/${slug}`)}>
          {t("manage.partnership.backToOrganisation", { name: organisation.name })}
        </Link>
      </p>
      <h1>{t("manage.policy.newTitle", { name: organisation.name })}</h1>
      <ActionForm
        action={createPolicyAction}
        hidden={{ organisationId: organisation.id, locale, slug }}
        submitLabel={t("manage.policy.create")}
        testId="policy-form"
      >
        <PolicyFields policy={null} locale={locale} />
      </ActionForm>
    </>
  );
}
