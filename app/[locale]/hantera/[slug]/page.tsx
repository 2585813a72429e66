import Link from "next/link";
import { TableScroll } from "@/components/table-scroll";
import { AddedPlaces } from "@/components/manage/added-places";
import { ActionForm } from "@/components/manage/action-form";
import { CheckboxGroup, TextArea, TextField } from "@/components/manage/fields";
import { HistoryList } from "@/components/manage/history-list";
import { ParticipationRequests } from "@/components/manage/participation-requests";
import { SavedMessage } from "@/components/manage/saved-message";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { EmbedSection } from "./embed-section";
import { TaskList } from "@/components/manage/task-list";
import { requireManagedOrganisation } from "@/app/[locale]/hantera/[slug]/managed-organisation";
import { db } from "@/lib/db";
import { organisationChanges } from "@/lib/manage/history";
import { managedPolicies, organisationHistory } from "@/lib/manage/queries";
import { managedPartnerships } from "@/lib/partnerships/queries";
import { CoordinationForm } from "@/lib/generated/prisma/enums";
import { localePath } from "@/lib/i18n/config";
import { formatDay } from "@/lib/i18n/dates";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { organisationPath } from "@/lib/organisations/paths";
import { pendingParticipations } from "@/lib/partnerships/consent";
import { partnerLabel } from "@/lib/partnerships/partner-label";
import { confirmParticipationAction, declineParticipationAction } from "../participation-actions";
import { dashboardTasks } from "@/lib/tasks/dashboard-tasks";
import {
  organisationContactsAction,
  organisationReviewAction,
  organisationVersionRestoreAction,
  organisationWikidataAction,
} from "./actions";
import { WikidataIdForm } from "@/components/manage/wikidata-id-form";
import { memberPageTitle } from "@/app/[locale]/hantera/page-title";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = memberPageTitle(() => "");

export default async function ManageOrganisationPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const { slug } = await params;
  const { user, organisation } = await requireManagedOrganisation(locale, slug, "");
  const i18n = getI18n(locale);
  const { t } = i18n;
  const partnerships = await managedPartnerships(db(), user, organisation.id);
  const requests = await pendingParticipations(db(), { id: organisation.id });
  const tasks = await dashboardTasks(db(), user, [organisation], { inventory: true });
  const history = await organisationHistory(db(), organisation.id);
  const policies = await managedPolicies(db(), user, organisation.id);
  const hidden = { organisationId: organisation.id, expectedVersion: organisation.version, locale, slug };
  const partnerNames = (p: (typeof partnerships)[number]) =>
    p.title ?? p.partners.map((x) => partnerLabel(x, locale)).join(", ");

  return (
    <>
      <SignedInBar user={user} locale={locale} />
      <h1>{organisation.name}</h1>
      <p>
        <Link href={localePath(locale, organisationPath(organisation))}>
          {t("manage.organisation.publicPage")}
        </Link>
      </p>
      <SavedMessage saved={(await searchParams).sparat} locale={locale} />
      <TaskList tasks={tasks} locale={locale} named={false} />
      <ParticipationRequests
        requests={requests}
        locale={locale}
        slug={slug}
        confirmAction={confirmParticipationAction}
        declineAction={declineParticipationAction}
      />

      <h2>{t("manage.organisation.partnerships")}</h2>
      <p>
        <Link href={localePath(locale, `/hantera/${slug}/samarbeten/ny`)} className="button-link">
          {t("manage.organisation.add")}
        </Link>
      </p>
      {partnerships.length ? (
        // Five columns do not fit a phone: the table scrolls in its own frame, Redigera within reach.
        <TableScroll label={t("manage.organisation.partnerships")}>
          <table data-testid="managed-partnerships">
            <caption className="visually-hidden">{t("manage.organisation.partnerships")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("partnerships.partner")}</th>
                <th scope="col">{t("partnerships.kind")}</th>
                <th scope="col">{t("manage.organisation.status")}</th>
                <th scope="col">{t("manage.organisation.review")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("manage.organisation.edit")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {partnerships.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{partnerNames(p)}</th>
                  <td>{t(`kind.${p.kind}.singular`)}</td>
                  <td>
                    {p.removedAt
                      ? t("manage.organisation.removed")
                      : p.endedOn
                        ? t("manage.organisation.ended", { date: formatDay(i18n, p.endedOn) })
                        : `${t("manage.organisation.current")}${p.activityLevel ? ` (${t(`activity.${p.activityLevel}`)})` : ""}`}
                    {p.participants
                      .filter((x) => x.confirmedAt === null)
                      .map((x) => (
                        <span key={x.organisationId} className="note" data-testid="pending-participant">
                          <br />
                          {t("consent.pending", { name: x.organisation.name })}
                        </span>
                      ))}
                  </td>
                  <td>
                    {p.verification === "VERIFIED" ? (
                      t("manage.organisation.verified")
                    ) : (
                      <span className="badge badge-unverified">{t("manage.organisation.needsReview")}</span>
                    )}
                  </td>
                  <td>
                    <Link
                      href={localePath(locale, `/hantera/${slug}/samarbeten/${p.id}`)}
                      aria-label={t("manage.organisation.editLabel", { name: partnerNames(p) })}
                    >
                      {t("manage.organisation.edit")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>{t("manage.organisation.none")}</p>
      )}

      <EmbedSection locale={locale} organisationId={organisation.id} />

      <h2>{t("manage.policy.list")}</h2>
      {policies.length ? (
        <ul>
          {policies.map((policy) => (
            <li key={policy.id}>
              <Link href={localePath(locale, `/hantera/${slug}/policy/${policy.id}`)}>{policy.title}</Link>
              {policy.validFromYear || policy.validToYear
                ? ` (${policy.validFromYear ?? ""}–${policy.validToYear ?? ""})`
                : ""}
              {policy.removedAt ? ` – ${t("manage.policy.removed")}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("manage.policy.none")}</p>
      )}
      <p>
        <Link href={localePath(locale, `/hantera/${slug}/policy/ny`)} className="button-link">
          {t("manage.policy.add")}
        </Link>
      </p>

      <h2>{t("manage.place.list")}</h2>
      <AddedPlaces organisationId={organisation.id} slug={slug} locale={locale} />

      <h2>{t("manage.organisation.reviewTitle")}</h2>
      <p data-testid="last-reviewed">
        {organisation.lastReviewedOn
          ? t("manage.organisation.reviewedOn", { date: formatDay(i18n, organisation.lastReviewedOn) })
          : t("manage.organisation.notReviewed")}
      </p>
      <ActionForm
        action={organisationReviewAction}
        hidden={hidden}
        submitLabel={t("manage.organisation.confirmReview")}
        conflictMessage="status.conflictRecord"
      />

      <h2>{t("manage.organisation.contactsTitle")}</h2>
      <ActionForm
        action={organisationContactsAction}
        hidden={hidden}
        submitLabel={t("manage.organisation.saveContacts")}
        conflictMessage="status.conflictRecord"
        testId="contacts-form"
      >
        <TextField
          name="contactName"
          label={t("manage.fields.contactName")}
          defaultValue={organisation.contactName}
          autoComplete="off"
        />
        <TextField
          name="contactTitle"
          label={t("manage.fields.contactTitle")}
          defaultValue={organisation.contactTitle}
        />
        <TextField
          name="contactEmail"
          label={t("manage.fields.contactEmail")}
          defaultValue={organisation.contactEmail}
          type="email"
        />
        <TextField
          name="contactPhone"
          label={t("manage.fields.contactPhone")}
          defaultValue={organisation.contactPhone}
          type="tel"
        />
        <TextArea
          name="postalAddress"
          label={t("manage.fields.postalAddress")}
          defaultValue={organisation.postalAddress}
        />
        <TextField
          name="website"
          label={t("manage.fields.website")}
          defaultValue={organisation.website}
          type="url"
        />
        <TextField
          name="internationalPageUrl"
          label={t("manage.fields.internationalPageUrl")}
          defaultValue={organisation.internationalPageUrl}
          type="url"
        />
        <CheckboxGroup
          name="coordinationForms"
          legend={t("manage.fields.coordinationForms")}
          options={Object.values(CoordinationForm).map((value) => ({
            value,
            label: t(`manage.coordination.${value}`),
          }))}
          defaultValue={organisation.coordinationForms}
        />
      </ActionForm>

      {user.role === "ADMINISTRATOR" ? (
        <WikidataIdForm
          organisation={organisation}
          hidden={hidden}
          action={organisationWikidataAction}
          locale={locale}
        />
      ) : null}

      <HistoryList
        locale={locale}
        heading={t("manage.organisation.history", { name: organisation.name })}
        events={history}
        changesOf={organisationChanges}
        restore={{
          action: organisationVersionRestoreAction,
          hidden,
          conflictMessage: "status.conflictRecord",
        }}
      />
    </>
  );
}
