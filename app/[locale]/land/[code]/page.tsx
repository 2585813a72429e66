import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PartnershipKindSections } from "@/components/partnership-kind-sections";
import { db } from "@/lib/db";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localePath, type Locale } from "@/lib/i18n/config";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { organisationPath } from "@/lib/organisations/paths";
import { findPartnershipsWithCountry } from "@/lib/partnerships/by-partner";

type Props = { params: Promise<{ locale: string; code: string }> };

const findCountry = cache(async (code: string) => {
  if (!/^[a-z]{2}$/i.test(code)) notFound();
  const country = await db().country.findUnique({ where: { code: code.toUpperCase() } });
  if (!country) notFound();
  return country;
});

const nameIn = (locale: Locale, c: { nameSv: string; nameEn: string }) =>
  locale === "sv" ? c.nameSv : c.nameEn;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const country = await findCountry((await params).code);
  const { t } = getI18n(locale);
  return {
    title: t("country.title", { country: nameIn(locale, country) }),
    description: t("country.description", { country: nameIn(locale, country) }),
    alternates: pageAlternates(locale, `/land/${country.code.toLowerCase()}`),
  };
}

export default async function CountryPage({ params }: Props) {
  const locale = await localeOf(params);
  const country = await findCountry((await params).code);
  const partnerships = await findPartnershipsWithCountry(db(), country.code);
  const { t } = getI18n(locale);
  const name = nameIn(locale, country);
  const byOrganisation = new Map<string, { name: string; path: string; count: number }>();
  for (const p of partnerships) {
    for (const { organisation } of p.participants) {
      const entry = byOrganisation.get(organisation.code) ?? {
        name: organisation.name,
        path: organisationPath(organisation),
        count: 0,
      };
      entry.count += 1;
      byOrganisation.set(organisation.code, entry);
    }
  }

  return (
    <>
      <h1>{t("country.title", { country: name })}</h1>
      <p>{t("country.group", { group: t(`worldRegion.${country.worldRegion}`) })}</p>
      <p>{t("partnerships.count", { total: partnerships.length })}</p>
      {partnerships.length === 0 && <p>{t("country.none", { country: name })}</p>}
      <PartnershipKindSections
        partnerships={partnerships}
        locale={locale}
        columns={["participants", "partner", "since", "activity", "about"]}
      />
      {byOrganisation.size > 0 && (
        <>
          <h2>{t("country.byMunicipality")}</h2>
          <ul>
            {[...byOrganisation.values()]
              .sort((a, b) => a.name.localeCompare(b.name, "sv"))
              .map((o) => (
                <li key={o.path}>
                  <Link href={localePath(locale, o.path)}>{o.name}</Link> (
                  {t("partnerships.count", { total: o.count })})
                </li>
              ))}
          </ul>
        </>
      )}
    </>
  );
}
