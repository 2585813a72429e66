import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PartnershipTable } from "@/components/partnership-table";
import { publicRead } from "@/lib/cache/public-read";
import { db } from "@/lib/db";
import { pageAlternates } from "@/lib/i18n/alternates";
import { localePath, type Locale } from "@/lib/i18n/config";
import { localisedName } from "@/lib/i18n/localised";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { findPartnershipsWithPlace, memberNameOfPlace } from "@/lib/partnerships/queries";
import { partnerLabel } from "@/lib/partnerships/partner-label";
import { findPublicPlace } from "@/lib/places/queries";
import { Pagination } from "@/components/pagination";
import { parsePageParam } from "@/lib/directory/parse-params";
import { JsonLd } from "@/components/json-ld";
import { placeJsonLd } from "@/lib/linked-data/json-ld";
import { siteUrl } from "@/lib/site-url";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const MAX_GEONAMES_ID = 2_147_483_647;

const findPlace = cache(async (id: string) => {
  const geonameId = Number(id);
  if (!/^\d{1,10}$/.test(id) || geonameId > MAX_GEONAMES_ID) notFound();
  // A place removed from the registry's own additions is gone from the public site too.
  const place = await publicRead(db(), "place", geonameId, () => findPublicPlace(db(), geonameId));
  if (!place) notFound();
  return place;
});

// The page is titled with the label the partnership tables use for the place ("Vasa (Vaasa)").
const placeName = cache(async (place: { id: number; name: string }, locale: Locale) =>
  partnerLabel(
    {
      name: await publicRead(db(), "place:memberName", place.id, () => memberNameOfPlace(db(), place.id)),
      place,
      country: null,
      network: null,
    },
    locale,
  ),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeOf(params);
  const place = await findPlace((await params).id);
  const { t } = getI18n(locale);
  const country = localisedName(place.country, locale);
  const name = await placeName(place, locale);
  return {
    title: t("place.title", { name, country }),
    description: t("place.description", { name, country }),
    alternates: pageAlternates(locale, `/ort/${place.id}`),
  };
}

export default async function PlacePage({ params, searchParams }: Props) {
  const locale = await localeOf(params);
  const place = await findPlace((await params).id);
  const page = parsePageParam(await searchParams);
  const partnerships = await publicRead(db(), "place:partnerships", [place.id, page], () =>
    findPartnershipsWithPlace(db(), place.id, page),
  );
  const { t, format } = getI18n(locale);
  const country = localisedName(place.country, locale);
  const name = await placeName(place, locale);
  return (
    <>
      <JsonLd data={placeJsonLd(siteUrl(), locale, place, name, partnerships.rows)} />
      <h1>{t("place.title", { name, country })}</h1>
      {place.source === "REGISTRY" ? (
        <p>
          <span className="badge" data-testid="added-in-registry">
            {t("place.addedInRegistry")}
          </span>
        </p>
      ) : null}
      <p>
        {place.source === "REGISTRY"
          ? t("place.addedInRegistryFacts", { name, country })
          : place.source === "ADMIN_DIVISION"
            ? t("place.adminDivisionFacts", { name, country })
            : t("place.facts", { name, country, population: format.number(place.population) })}{" "}
        <Link href={localePath(locale, `/land/${place.countryCode.toLowerCase()}`)}>
          {t("country.title", { country })}
        </Link>
      </p>
      <h2>{t("place.partners")}</h2>
      {partnerships.total === 0 ? (
        <p>{t("partnerships.none")}</p>
      ) : (
        <>
          <p>{t("partnerships.count", { total: partnerships.total })}</p>
          <PartnershipTable
            partnerships={partnerships.rows}
            caption={t("place.partners")}
            locale={locale}
            columns={["participants", "kind", "since", "activity", "ended", "about"]}
          />
          <Pagination
            locale={locale}
            path={`/ort/${place.id}`}
            current={new URLSearchParams()}
            page={partnerships.page}
            pageCount={partnerships.pageCount}
          />
        </>
      )}
    </>
  );
}
