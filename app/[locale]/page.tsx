import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ClientIntlProvider } from "@/components/client-intl-provider";
import { SiteSearch } from "@/components/site-search";
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { localePath } from "@/lib/i18n/config";
import { getI18n, localeOf, MESSAGES } from "@/lib/i18n/server";
import { pageAlternates } from "@/lib/i18n/alternates";
import { nationalKeyFigures } from "@/lib/stats/key-figures";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  return {
    title: { absolute: `${t("home.title")} – ${t("site.name")}` },
    alternates: pageAlternates(locale, "/"),
  };
}

export default async function HomePage({ params }: Props) {
  const locale = await localeOf(params);
  await connection();
  const { t, format } = getI18n(locale);
  const figures = await publicRead(db(), "keyFigures", null, () => nationalKeyFigures(db()));
  const number = (n: number) => format.number(n);
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.intro")}</p>
      <ClientIntlProvider locale={locale} messages={{ search: MESSAGES[locale].search }}>
        <SiteSearch locale={locale} />
      </ClientIntlProvider>

      <h2>{t("home.figures")}</h2>
      <ul className="key-figures">
        <li>
          <strong>{number(figures.membersWithPartnerships)}</strong> {t("home.membersWithPartnerships")}
        </li>
        <li>
          {/* Unknown is not zero: with no activity level reported, "0 active" would be false. */}
          <strong>
            {figures.partnershipsWithKnownActivity > 0
              ? number(figures.membersWithActivePartnerships)
              : t("home.notReported")}
          </strong>{" "}
          {t("home.membersWithActive")}{" "}
          <span className="count">
            (
            {t("home.activityCoverage", {
              known: figures.partnershipsWithKnownActivity,
              total: figures.currentPartnerships,
            })}
            )
          </span>
        </li>
        <li>
          <strong>{number(figures.partnerCountries)}</strong> {t("home.partnerCountries")}
        </li>
        <li>
          <strong>{number(figures.currentPartnerships)}</strong> {t("home.currentPartnerships")}
        </li>
      </ul>

      <h2>{t("home.browse")}</h2>
      <ul>
        <li>
          <Link href={localePath(locale, "/kommuner")}>{t("home.browseOrganisations")}</Link>
        </li>
        <li>
          <Link href={localePath(locale, "/samarbeten")}>{t("home.browsePartnerships")}</Link>
        </li>
      </ul>
    </>
  );
}
