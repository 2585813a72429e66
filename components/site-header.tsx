import Link from "next/link";
import { Suspense } from "react";
import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n } from "@/lib/i18n/server";
import { LanguageSwitch } from "./language-switch";

// The header's links do not prefetch: every page view would otherwise ask for each main page's
// client-navigation payload, which the page cache (lib/http/page-cache.ts) does not store, so
// each visit cost the server about a dozen renders. A click still navigates on the client.
export function SiteHeader({ locale }: { locale: Locale }) {
  const { t } = getI18n(locale);
  const other = locale === "sv" ? "en" : "sv";
  return (
    <header className="site-header">
      <div className="inner">
        <Link prefetch={false} href={localePath(locale, "/")} className="site-name">
          {t("site.name")}
        </Link>
        <nav aria-label={t("site.mainNav")}>
          <ul>
            <li>
              <Link prefetch={false} href={localePath(locale, "/kommuner")}>
                {t("nav.organisations")}
              </Link>
            </li>
            <li>
              <Link prefetch={false} href={localePath(locale, "/samarbeten")}>
                {t("nav.partnerships")}
              </Link>
            </li>
            <li>
              <Link prefetch={false} href={localePath(locale, "/karta")}>
                {t("nav.map")}
              </Link>
            </li>
            <li>
              <Link prefetch={false} href={localePath(locale, "/statistik")}>
                {t("nav.statistics")}
              </Link>
            </li>
            <li>
              <Link prefetch={false} href={localePath(locale, "/partnersokning")}>
                {t("nav.partnerSearch")}
              </Link>
            </li>
            <li>
              <Link prefetch={false} href={localePath(locale, "/hantera")}>
                {t("nav.manage")}
              </Link>
            </li>
            <li>
              <Suspense
                fallback={
                  <Link prefetch={false} href={localePath(other, "/")} lang={other}>
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
