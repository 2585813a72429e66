import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PartnershipKindSections } from "@/components/partnership-kind-sections";
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { findCountryByCode } from "@/lib/countries/queries";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localePath } from "@/lib/i18n/config";
import { localisedName } from "@/lib/i18n/localised";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { organisationPath } from "@/lib/organisations/paths";
import { findPartnershipsWithCountry, membersPartneringWithCountry } from "@/lib/partnerships/queries";
import { Pagination } from "@/components/pagination";
import { parsePageParam } from "@/lib/directory/parse-params";
import { JsonLd } from "@/components/json-ld";
import { countryJsonLd } from "@/lib/linked-data/json-ld";
import { siteUrl } from "@/lib/site-url";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const findCountry = cache(async (code: string) => {
  if (!/^[a-z]{2}$/i.test(code)) notFound();
  const upper = code.toUpperCase();
  const country = await publicRead(db(), "country", upper, () => findCountryByCode(db(), upper));
  if (!country) notFound();
  return country;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const country = await findCountry((await params).code);
  const { t } = getI18n(locale);
  return {
    title: t("country.title", { country: localisedName(country, locale) }),
    description: t("country.description", { country: localisedName(country, locale) }),
    alternates: pageAlternates(locale, `/land/${country.code.toLowerCase()}`),
  };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const country = await findCountry((await params).code);
  const page = parsePageParam(await searchParams);
  const [partnerships, members] = await Promise.all([
    publicRead(db(), "land:partnerships", [country.code, page], () =>
      findPartnershipsWithCountry(db(), country.code, page),
    ),
    publicRead(db(), "land:members", country.code, () => membersPartneringWithCountry(db(), country.code)),
  ]);
  const { t } = getI18n(locale);
  const name = localisedName(country, locale);
  const path = `/land/${country.code.toLowerCase()}`;

  return (
    <>
      <JsonLd data={countryJsonLd(siteUrl(), locale, country, members)} />
      <h1>{t("country.title", { country: name })}</h1>
      <p>{t("country.group", { group: t(`worldRegion.${country.worldRegion}`) })}</p>
      <p>{t("partnerships.count", { total: partnerships.total })}</p>
      {partnerships.total === 0 && <p>{t("country.none", { country: name })}</p>}
      {members.length > 0 && (
        <>
          <h2>{t("country.byMunicipality")}</h2>
          <ul className="organisation-list">
            {members.map((o) => (
              <li key={o.code}>
                <Link href={localePath(locale, organisationPath(o))}>{o.name}</Link> (
                {t("partnerships.count", { total: o.count })})
              </li>
            ))}
          </ul>
        </>
      )}
      <PartnershipKindSections
        partnerships={partnerships.rows}
        totals={partnerships.byKind}
        locale={locale}
        columns={["participants", "partner", "since", "activity", "about"]}
      />
      <Pagination
        locale={locale}
        path={path}
        current={new URLSearchParams()}
        page={partnerships.page}
        pageCount={partnerships.pageCount}
      />
      {partnerships.total > 0 && (
        <p>
          <Link href={localePath(locale, `/samarbeten?land=${country.code}`)}>
            {t("country.inDirectory", { country: name })}
          </Link>
        </p>
      )}
    </>
  );
}
