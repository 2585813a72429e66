// The partner search on an officer's dashboard (/hantera): their members' requests, expired
// ones marked (the "officer is told" of issue 16), and open requests from abroad that fit each
// member (lib/partner-search/ranking.ts). Also where expired requests are mailed about.
import Link from "next/link";
import { fitReasonsText } from "@/components/partner-search/fit-reasons";
import { requestTitle } from "@/components/partner-search/request-summary";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { formatDay } from "@/lib/i18n/dates";
import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import { configuredMailer } from "@/lib/mail/smtp";
import { dayOf } from "@/lib/partner-search/codes";
import { notifyExpired } from "@/lib/partner-search/expiry";
import { loadCatalogues } from "@/lib/partner-search/labels";
import { memberProfiles, openAbroadRequests, requestsOfMembers } from "@/lib/partner-search/queries";
import { suggestRequests } from "@/lib/partner-search/ranking";

export async function PartnerSearchDashboard({ user, locale }: { user: SessionUser; locale: Locale }) {
  if (user.role !== "OFFICER" || user.organisationIds.length === 0) return null;
  await notifyExpired(db(), configuredMailer());
  const i18n = getI18n(locale);
  const { t } = i18n;
  const today = dayOf(new Date());
  const [own, profiles, abroad, catalogues] = await Promise.all([
    requestsOfMembers(db(), user.organisationIds),
    memberProfiles(db()),
    openAbroadRequests(db()),
    loadCatalogues(db(), locale),
  ]);
  const mine = profiles.filter((p) => user.organisationIds.includes(p.organisationId));
  return (
    <section aria-labelledby="partner-search" data-testid="partner-search-dashboard">
      <h2 id="partner-search">{t("partnerSearch.dashboard.title")}</h2>
      {own.length > 0 ? (
        <>
          <h3>{t("partnerSearch.dashboard.own")}</h3>
          <ul>
            {own.map((r) => (
              <li key={r.id}>
                <Link href={localePath(locale, `/partnersokning/${r.id}`)}>
                  {requestTitle(r, catalogues, i18n)}
                </Link>{" "}
                {r.endsOn < today ? (
                  <strong className="expired-notice">{t("partnerSearch.dashboard.expiredNotice")}</strong>
                ) : (
                  <span className="note">
                    {t("partnerSearch.dashboard.until", { date: formatDay(i18n, r.endsOn) })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link href={localePath(locale, "/partnersokning/publicera")}>
          {t("partnerSearch.dashboard.publish")}
        </Link>
      </p>
      {mine.map((member) => {
        const fits = suggestRequests(member, abroad);
        return (
          <div key={member.organisationId}>
            <h3>{t("partnerSearch.dashboard.fits", { name: member.name })}</h3>
            {fits.length ? (
              <ul>
                {fits.map((f) => (
                  <li key={f.request.id}>
                    <Link href={localePath(locale, `/partnersokning/${f.request.id}`)}>
                      {requestTitle(f.request, catalogues, i18n)}
                    </Link>
                    : {fitReasonsText(f.reasons, catalogues, i18n)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="note">{t("partnerSearch.dashboard.noFits")}</p>
            )}
          </div>
        );
      })}
    </section>
  );
}
