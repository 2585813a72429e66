import Link from "next/link";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/session-user";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/manage/action-form";
import { HistoryList } from "@/components/manage/history-list";
import { PolicyFields } from "@/components/manage/policy-fields";
import { SavedMessage } from "@/components/manage/saved-message";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireManagedOrganisation } from "@/app/[locale]/hantera/[slug]/managed-organisation";
import { parseRecordId } from "@/lib/validation/record-id";
import { db } from "@/lib/db";
import { policyChanges } from "@/lib/manage/history";
import { findManagedPolicy, policyHistory } from "@/lib/manage/queries";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import {
  removePolicyAction,
  restorePolicyAction,
  restorePolicyVersionAction,
  updatePolicyAction,
} from "../actions";
import { memberPageTitle } from "@/app/[locale]/hantera/page-title";

type Props = {
  params: Promise<{ locale: string; slug: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page's policy document, read once per request for the title and the page. */
const managedPolicy = cache((user: SessionUser, organisationId: number, id: number) =>
  findManagedPolicy(db(), user, organisationId, id),
);

export const generateMetadata = memberPageTitle(
  (p) => `/policy/${p.id}`,
  "manage.pageTitles.editPolicy",
  managedPolicy,
);

export default async function EditPolicyPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { slug, id: rawId } = await params;
  const { user, organisation } = await requireManagedOrganisation(locale, slug, `/policy/${rawId}`);
  const id = parseRecordId(rawId);
  if (!id) notFound();
  // The URL's organisation and document must belong together (and the organisation is in scope).
  const policy = await managedPolicy(user, organisation.id, id);
  if (!policy) notFound();
  const { t } = getI18n(locale);
  const history = await policyHistory(db(), policy.id);
  const hidden = { policyId: policy.id, expectedVersion: policy.version, locale, slug };
  return (
    <>
      <SignedInBar user={user} locale={locale} />
      <p>
        <Link href={localePath(locale, `/hantera/${slug}`)}>
          {t("manage.partnership.backToOrganisation", { name: organisation.name })}
        </Link>
      </p>
      <h1>{t("manage.policy.editTitle", { title: policy.title })}</h1>
      <p className="note">{t("manage.partnership.version", { version: policy.version })}</p>
      <SavedMessage saved={(await searchParams).sparat} locale={locale} />
      {policy.removedAt ? (
        <>
          <p>{t("manage.policy.removedInfo")}</p>
          <ActionForm action={restorePolicyAction} hidden={hidden} submitLabel={t("manage.policy.restore")} />
        </>
      ) : (
        <>
          <ActionForm
            action={updatePolicyAction}
            hidden={hidden}
            submitLabel={t("manage.policy.save")}
            conflictMessage="status.conflictRecord"
            fieldLabels="manage.policy"
            testId="policy-form"
          >
            <PolicyFields policy={policy} locale={locale} />
          </ActionForm>
          <ActionForm
            action={removePolicyAction}
            hidden={hidden}
            submitLabel={t("manage.policy.remove")}
            secondary
          />
        </>
      )}
      <HistoryList
        locale={locale}
        heading={t("manage.policy.history")}
        fieldLabels="manage.policy"
        events={history}
        changesOf={policyChanges}
        // A removed document is restored first.
        restore={policy.removedAt ? undefined : { action: restorePolicyVersionAction, hidden }}
      />
    </>
  );
}
