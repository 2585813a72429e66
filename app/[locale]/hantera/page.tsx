import type { Metadata } from "next";
import Link from "next/link";
import { ParticipationRequests } from "@/components/manage/participation-requests";
import { SavedMessage } from "@/components/manage/saved-message";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { PartnerSearchDashboard } from "../partnersokning/dashboard-section";
import { MemberResults } from "@/components/manage/member-results";
import { MemberSearchForm } from "@/components/manage/member-search-form";
import { TaskList } from "@/components/manage/task-list";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { managedOrganisations } from "@/lib/manage/queries";
import { pendingParticipations } from "@/lib/partnerships/consent";
import { dashboardTasks } from "@/lib/tasks/dashboard-tasks";
import {
  filterMemberRows,
  loadMemberRows,
  memberSearchCounties,
  parseMemberFilters,
  type MemberFilters,
} from "@/lib/manage/member-search";
import { openInventoryRound } from "@/lib/inventory/overview";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { confirmParticipationAction, declineParticipationAction } from "./participation-actions";
import { scopeOf, organisationsInScope } from "@/lib/auth/scope";

/** The area's own page: its name alone, not run through the layout's template ("… – Hantera uppgifter – …"). */
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { t } = getI18n(await localeOf(params));
  return { title: { absolute: `${t("manage.title")} – ${t("site.name")}` } };
}

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ManagePage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const user = await requireUser(locale, localePath(locale, "/hantera"));
  const { t } = getI18n(locale);
  const organisations = await managedOrganisations(db(), user);
  // What waits for the user; an administrator's dashboard leaves the 310 members' round out.
  const tasks = await dashboardTasks(db(), user, organisations, { inventory: user.role === "OFFICER" });
  // Requests from other members to join their partnerships (administrators: every member's).
  const requests = await pendingParticipations(db(), organisationsInScope(scopeOf(user)));
  const members =
    user.role === "ADMINISTRATOR" ? await administratorMembers(parseMemberFilters(await searchParams)) : null;
  return (
    <>
      <SignedInBar user={user} locale={locale} />
      <h1>{t("manage.title")}</h1>
      <p className="lead">{t("manage.intro")}</p>
      <SavedMessage saved={(await searchParams).sparat} locale={locale} />
      <TaskList tasks={tasks} locale={locale} named={organisations.length > 1} />
      <ParticipationRequests
        requests={requests}
        locale={locale}
        slug=""
        confirmAction={confirmParticipationAction}
        declineAction={declineParticipationAction}
      />
      <PartnerSearchDashboard user={user} locale={locale} />
      <h2 id="members-title">
        {user.role === "ADMINISTRATOR" ? t("manage.allOrganisations") : t("manage.yourOrganisations")}
      </h2>
      {members ? (
        // The administrator's 310: searched and filtered through the URL, not one long list of links.
        <section aria-labelledby="members-title">
          <MemberSearchForm
            locale={locale}
            path="/hantera"
            filters={members.filters}
            counties={members.counties}
            responded={members.roundOpen}
            id="members"
          />
          <MemberResults
            rows={members.rows}
            total={members.total}
            locale={locale}
            contacts={false}
            testId="member-results"
          />
        </section>
      ) : organisations.length ? (
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

/** Every member for the administrator, filtered; "responded" only means something while a round is open. */
async function administratorMembers(filters: MemberFilters) {
  const round = await openInventoryRound(db());
  const [rows, counties] = await Promise.all([
    loadMemberRows(db(), round?.id ?? null),
    memberSearchCounties(db()),
  ]);
  return {
    filters,
    counties,
    roundOpen: round !== null,
    rows: filterMemberRows(rows, filters),
    total: rows.length,
  };
}
