import type { Metadata } from "next";
import Link from "next/link";
import { requireAdministrator } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formatDay } from "@/lib/i18n/dates";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { loadCatalogues } from "@/lib/partner-search/labels";
import { pendingRequests } from "@/lib/partner-search/queries";
import { requestTitle } from "@/components/partner-search/request-summary";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = getI18n(await localeOf(params));
  return { title: t("partnerSearch.moderate.queue"), robots: { index: false, follow: false } };
}

/** The administrators' queue: requests from abroad that wait for approval, oldest first. */
export default async function ModerationQueuePage({ params }: Props) {
  const locale = await localeOf(params);
  await requireAdministrator(locale, localePath(locale, "/partnersokning/granska"));
  const i18n = getI18n(locale);
  const { t } = i18n;
  const [pending, catalogues] = await Promise.all([pendingRequests(db()), loadCatalogues(db(), locale)]);
  return (
    <>
      <h1>{t("partnerSearch.moderate.queue")}</h1>
      {pending.length === 0 ? (
        <p>{t("partnerSearch.moderate.empty")}</p>
      ) : (
        <ul className="request-list">
          {pending.map((r) => (
            <li key={r.id}>
              <Link href={localePath(locale, `/partnersokning/${r.id}`)}>
                {requestTitle(r, catalogues, i18n)}
              </Link>{" "}
              {r.place?.awaitingApproval ? (
                <strong className="badge">{t("partnerSearch.moderate.newPlaceShort")}</strong>
              ) : null}{" "}
              <span className="note">
                {formatDay(i18n, r.createdAt)} · {r.contactName}, {r.contactEmail}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
