import Link from "next/link";
import { cache } from "react";
import type { SessionUser } from "@/lib/auth/session-user";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/manage/action-form";
import { TextArea, TextField } from "@/components/manage/fields";
import { HistoryList } from "@/components/manage/history-list";
import { PartnershipForm } from "@/components/manage/partnership-form";
import { SavedMessage } from "@/components/manage/saved-message";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireManagedOrganisation } from "@/app/[locale]/hantera/[slug]/managed-organisation";
import { parseRecordId } from "@/lib/validation/record-id";
import { db } from "@/lib/db";
import { partnershipChanges } from "@/lib/manage/history";
import { adminDivisionNames } from "@/lib/geocoding/admin-divisions";
import { partnershipDefaults, partnershipFormOptions } from "@/lib/manage/partnership-form-props";
import { partnershipFormChoices } from "@/lib/manage/queries";
import { findManagedPartnership } from "@/lib/partnerships/queries";
import { localePath } from "@/lib/i18n/config";
import { formatDay } from "@/lib/i18n/dates";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { partnerLabel } from "@/lib/partnerships/partner-label";
import { swedishToday } from "@/lib/partnerships/rules";
import { partnershipHistory } from "@/lib/partnerships/versions";
import {
  confirmPartnershipAction,
  endPartnershipAction,
  removePartnershipAction,
  reopenPartnershipAction,
  restorePartnershipAction,
  restorePartnershipVersionAction,
  updatePartnershipAction,
} from "../actions";
import { memberPageTitle } from "@/app/[locale]/hantera/page-title";

type Props = {
  params: Promise<{ locale: string; slug: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page's partnership, read once per request for the title and the page. */
const managedPartnership = cache((user: SessionUser, organisationId: number, id: number) =>
  findManagedPartnership(db(), user, organisationId, id),
);

export const generateMetadata = memberPageTitle(
  (p) => `/samarbeten/${p.id}`,
  "manage.pageTitles.editPartnership",
  managedPartnership,
);

export default async function EditPartnershipPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { slug, id: rawId } = await params;
  const { user, organisation } = await requireManagedOrganisation(locale, slug, `/samarbeten/${rawId}`);
  const id = parseRecordId(rawId);
  if (!id) notFound();
  const partnership = await managedPartnership(user, organisation.id, id);
  if (!partnership) notFound();
  const i18n = getI18n(locale);
  const { t } = i18n;
  const name = partnership.title ?? partnership.partners.map((p) => partnerLabel(p, locale)).join(", ");
  const hidden = { id: partnership.id, expectedVersion: partnership.version, locale, slug };
  const removed = partnership.removedAt != null;
  const history = await partnershipHistory(db(), partnership.id);
  const choices = await partnershipFormChoices(db(), locale);
  const names = (options: { value: string; label: string }[]) =>
    Object.fromEntries(options.map((o) => [o.value, o.label]));

  return (
    <>
      <SignedInBar user={user} locale={locale} />
      <p>
        <Link href={localePath(locale, `/hantera/${slug}`)}>
          {t("manage.partnership.backToOrganisation", { name: organisation.name })}
        </Link>
      </p>
      <h1>{t("manage.partnership.editTitle", { name })}</h1>
      <p className="note">{t("manage.partnership.version", { version: partnership.version })}</p>
      <SavedMessage saved={(await searchParams).sparat} locale={locale} />
      {partnership.endedOn ? (
        <p>{t("manage.partnership.endedInfo", { date: formatDay(i18n, partnership.endedOn) })}</p>
      ) : null}
      {removed ? <p>{t("manage.partnership.removedInfo")}</p> : null}

      {!removed ? (
        <PartnershipForm
          action={updatePartnershipAction}
          hidden={hidden}
          defaults={partnershipDefaults(
            partnership,
            locale,
            await adminDivisionNames(
              db(),
              partnership.partners.flatMap((p) => (p.place ? [p.place] : [])),
            ),
          )}
          options={partnershipFormOptions(t, choices)}
          submitLabel={t("manage.partnership.save")}
          locale={locale}
        />
      ) : null}

      <h2>{t("manage.partnership.lifecycle")}</h2>
      {!removed && !partnership.endedOn ? (
        <section aria-labelledby="end-heading">
          <h3 id="end-heading">{t("manage.partnership.endTitle")}</h3>
          <ActionForm
            action={endPartnershipAction}
            hidden={hidden}
            submitLabel={t("manage.partnership.end")}
            testId="end-form"
          >
            <TextField
              name="endedOn"
              label={t("manage.fields.endedOn")}
              type="date"
              defaultValue={swedishToday()}
            />
            <TextArea name="endReason" label={t("manage.fields.endReason")} />
            <TextField name="endDecisionRef" label={t("manage.fields.endDecisionRef")} />
          </ActionForm>
        </section>
      ) : null}
      {!removed && partnership.endedOn ? (
        <ActionForm
          action={reopenPartnershipAction}
          hidden={hidden}
          submitLabel={t("manage.partnership.reopen")}
          secondary
        />
      ) : null}
      {!removed && partnership.verification === "NEEDS_REVIEW" ? (
        <>
          {partnership.reviewNote ? (
            <p>{t("manage.partnership.confirmHint", { note: partnership.reviewNote })}</p>
          ) : null}
          <ActionForm
            action={confirmPartnershipAction}
            hidden={hidden}
            submitLabel={t("manage.partnership.confirm")}
            secondary
          />
        </>
      ) : null}
      {removed ? (
        <ActionForm
          action={restorePartnershipAction}
          hidden={hidden}
          submitLabel={t("manage.partnership.restore")}
        />
      ) : (
        <>
          <p className="note">{t("manage.partnership.removeHint")}</p>
          <ActionForm
            action={removePartnershipAction}
            hidden={hidden}
            submitLabel={t("manage.partnership.remove")}
            secondary
          />
        </>
      )}

      <HistoryList
        locale={locale}
        heading={t("manage.partnership.history")}
        events={history}
        changesOf={partnershipChanges}
        catalogue={{ areas: names(choices.areas), funding: names(choices.funding) }}
        // Removal is undone by "restore" above, before any earlier version.
        restore={removed ? undefined : { action: restorePartnershipVersionAction, hidden }}
      />
    </>
  );
}
