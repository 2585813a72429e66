import Link from "next/link";
import { Suspense } from "react";
import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import { LanguageSwitch } from "./language-switch";

export function SiteHeader({ locale }: { locale: Locale }) {
  const { t } = getI18n(locale);
  const other = locale === "sv" ? "en" : "sv";
  return (
    <header className="site-header">
      <div className="inner">
        <Link href={localePath(locale, "/")} className="site-name">
          {t("site.name")}
        </Link>
        <nav aria-label={t("site.mainNav")}>
          <ul>
            <li>
              <Link href={localePath(locale, "/kommuner")}>{t("nav.organisations")}</Link>
            </li>
            <li>
              <Link href={localePath(locale, "/samarbeten")}>{t("nav.partnerships")}</Link>
            </li>
            <li>
              <Link href={localePath(locale, "/karta")}>{t("nav.map")}</Link>
            </li>
            <li>
              <Link href={localePath(locale, "/statistik")}>{t("nav.statistics")}</Link>
            </li>
            <li>
              <Link href={localePath(locale, "/partnersokning")}>{t("nav.partnerSearch")}</Link>
            </li>
            <li>
              <Link href={localePath(locale, "/hantera")}>{t("nav.manage")}</Link>
            </li>
            <li>
              <Suspense
                fallback={
                  <Link href={localePath(other, "/")} lang={other}>
                    {t("site.languageSwitch")}
                  </Link>
                }
              >
                <LanguageSwitch to={other} label={t("site.languageSwitch")} />
              </Suspense>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
