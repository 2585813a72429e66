import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/manage/action-form";
import { PolicyFields } from "@/components/manage/policy-fields";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findManagedOrganisation } from "@/lib/manage/queries";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { createPolicyAction } from "../actions";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function NewPolicyPage({ params }: Props) {
  const locale = await localeOf(params);
  const { slug } = await params;
  const user = await requireUser(locale, localePath(locale, `/hantera/${slug}/policy/ny`));
  const organisation = await findManagedOrganisation(db(), user, slug);
  if (!organisation) notFound();
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
