import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ErrorMessagesProvider } from "@/components/error-messages";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { LOCALES } from "@/lib/i18n/config";
import { getI18n, localeOf, MESSAGES } from "@/lib/i18n/server";
import { siteUrl } from "@/lib/site-url";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = getI18n(await localeOf(params));
  return {
    metadataBase: siteUrl(),
    title: { default: t("site.name"), template: `%s – ${t("site.name")}` },
    description: t("site.description"),
  };
}

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: Props) {
  // Every page is rendered per request: its scripts carry that response's CSP nonce (proxy.ts),
  // which a page prerendered at build time could not know.
  await connection();
  const locale = await localeOf(params);
  const { t } = getI18n(locale);
  const { errorTitle, errorText, retry } = MESSAGES[locale].errors;
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("site.skipLink")}
        </a>
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1}>
          <ErrorMessagesProvider messages={{ errorTitle, errorText, retry }}>
            {children}
          </ErrorMessagesProvider>
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
