import Link from "next/link";
import { SignedInBar } from "@/app/[locale]/hantera/_components/signed-in-bar";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { importReviewQueue } from "@/lib/import/review-queue";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { scopeOf } from "@/lib/auth/scope";
import { pageTitle } from "@/app/[locale]/hantera/page-title";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle("importUi.queueTitle");

export default async function ReviewQueuePage({ params }: Props) {
  const locale = await localeOf(params);
  const user = await requireUser(locale, localePath(locale, "/hantera/import/granska"));
  const { t } = getI18n(locale);
  const queue = await importReviewQueue(db(), scopeOf(user));
  return (
    <>
      <SignedInBar user={user} locale={locale} />
      <h1>{t("importUi.queueTitle")}</h1>
      <p className="lead">{t("importUi.queueIntro")}</p>
      <p>
        <Link href={localePath(locale, "/hantera/import")}>{t("importUi.title")}</Link>
      </p>
      {queue.length ? (
        <ul data-testid="review-queue">
          {queue.map((item) => (
            <li key={item.id}>
              <Link href={localePath(locale, `/hantera/${item.organisation.slug}/samarbeten/${item.id}`)}>
                {item.organisation.name}: {item.partners.join(", ")} ({t(`kind.${item.kind}.singular`)})
              </Link>
              {item.placeSuggestions.map((suggestion, i) => (
                <span key={i} className="note">
                  {" · "}
                  <Link
                    href={`${localePath(locale, `/hantera/${item.organisation.slug}/orter/ny`)}?${new URLSearchParams(
                      {
                        namn: suggestion.name,
                        ...(suggestion.countryCode ? { land: suggestion.countryCode } : {}),
                        fran: "granska",
                      },
                    )}`}
                  >
                    {t("manage.place.addFromReview", { name: suggestion.name })}
                  </Link>
                </span>
              ))}
              {item.reviewNote ? (
                <>
                  <br />
                  <span className="note" lang="sv">
                    {item.reviewNote}
                  </span>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("importUi.queueEmpty")}</p>
      )}
    </>
  );
}
