import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ManageIntl } from "@/components/manage/manage-intl";
import { getI18n, localeOf } from "@/lib/i18n/server";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = getI18n(await localeOf(params));
  // Each page names itself first ("Redigera samarbete – Umeå kommun – Hantera uppgifter – …").
  return {
    title: {
      default: `${t("manage.title")} – ${t("site.name")}`,
      template: `%s – ${t("manage.title")} – ${t("site.name")}`,
    },
    robots: { index: false, follow: false },
  };
}

/** The signed-in area: every page checks the session itself (the layout is not a guard). */
export default async function ManageLayout({ children, params }: Props) {
  return <ManageIntl locale={await localeOf(params)}>{children}</ManageIntl>;
}
