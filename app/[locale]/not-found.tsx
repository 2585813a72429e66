import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { localePath } from "@/lib/i18n/config";
import { currentLocale } from "@/lib/i18n/current-locale";
import { getI18n } from "@/lib/i18n/server";

/** The title says what happened (WCAG 2.4.2), not the section's title the 404 was raised in. */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = getI18n(currentLocale(await headers()));
  return { title: t("errors.notFoundTitle") };
}

export default async function NotFound() {
  const locale = currentLocale(await headers());
  const { t } = getI18n(locale);
  return (
    <>
      <h1>{t("errors.notFoundTitle")}</h1>
      <p>{t("errors.notFoundText")}</p>
      <p>
        <Link href={localePath(locale, "/")}>{t("errors.toStart")}</Link>
      </p>
    </>
  );
}
