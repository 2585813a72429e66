import Link from "next/link";
import { ParticipationRequests } from "@/components/manage/participation-requests";
import { SavedMessage } from "@/components/manage/saved-message";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { managedOrganisations } from "@/lib/editing/queries";
import { pendingParticipations } from "@/lib/partnerships/consent";
import { openInventoryRound, responsesOf } from "@/lib/inventory/overview";
import { formatDay } from "@/lib/i18n/dates";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { confirmParticipationAction, declineParticipationAction } from "./participation-actions";
import { scopeOf, organisationsInScope } from "@/lib/auth/scope";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ManagePage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const user = await requireUser(locale, localePath(locale, "/hantera"));
  const i18n = getI18n(locale);
  const { t } = i18n;
  const organisations = await managedOrganisations(db(), user);
  // An officer's task while an inventory round is open: one per organisation they answer for.
  const round = user.role === "OFFICER" ? await openInventoryRound(db()) : null;
  const answered = round
    ? await responsesOf(
        db(),
        round.id,
        organisations.map((o) => o.id),
      )
    : new Map();
  // Requests from other members to join their partnerships (administrators: every member's).
  const requests = await pendingParticipations(db(), organisationsInScope(scopeOf(user)));
  return (
    <>
      <SignedInBar user={user} locale={locale} />
      <h1>{t("manage.title")}</h1>
      <p className="lead">{t("manage.intro")}</p>
      <SavedMessage saved={(await searchParams).sparat} locale={locale} />
      {round ? (
        <ul className="tasks" data-testid="inventory-tasks">
          {organisations.map((o) => (
            <li key={o.id}>
              <Link href={localePath(locale, `/hantera/${o.slug}/inventering`)}>
                {answered.has(o.id)
                  ? t("inventoryUi.taskDone", {
                      name: `${round.name} (${o.name})`,
                      date: formatDay(i18n, answered.get(o.id).respondedAt),
                      deadline: formatDay(i18n, round.deadline),
                    })
                  : t("inventoryUi.task", {
                      name: organisations.length > 1 ? `${round.name} (${o.name})` : round.name,
                    })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <ParticipationRequests
        requests={requests}
        locale={locale}
        slug=""
        confirmAction={confirmParticipationAction}
        declineAction={declineParticipationAction}
      />
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
