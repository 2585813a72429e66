// schema.org descriptions (JSON-LD) of the member, place and country pages, so search engines
// and linked-data tools read who the member is and with which places it cooperates, with sameAs
// links to GeoNames and Wikidata. schema.org has no "twin town" relation: each page's
// partnerships are an ItemList about the page's subject, each item naming the kind in words.
import { localePath, type Locale } from "../i18n/config";
import { localisedName } from "../i18n/localised";
import { getI18n } from "../i18n/server";
import { organisationPath } from "../organisations/paths";
import { partnerLabel } from "../partnerships/partner-label";
import type { PartnershipWithDetail } from "../partnerships/types";

type Json = Record<string, unknown>;
type CountryRow = { code: string; nameSv: string; nameEn: string };

/** The JSON for a <script type="application/ld+json">: no "<" (nor > & U+2028/9), so no name can close the script. */
export const jsonLdText = (data: unknown) =>
  JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

const geonamesUri = (id: number) => `https://sws.geonames.org/${id}/`;
const wikidataUri = (id: string) => `https://www.wikidata.org/entity/${id}`;
const sameAs = (...uris: (string | null | undefined)[]) => {
  const list = uris.filter((u): u is string => Boolean(u));
  return list.length ? { sameAs: list } : {};
};

const countryNode = (locale: Locale, c: CountryRow) => ({
  "@type": "Country",
  name: localisedName(c, locale),
  identifier: c.code,
});

type Partner = PartnershipWithDetail["partners"][number];

function partnerNode(locale: Locale, p: Partner): Json {
  const name = partnerLabel(p, locale);
  if (p.place)
    return {
      "@type": "Place",
      "@id": geonamesUri(p.place.id),
      name,
      geo: { "@type": "GeoCoordinates", latitude: p.place.latitude, longitude: p.place.longitude },
      containedInPlace: countryNode(locale, p.place.country),
      ...sameAs(geonamesUri(p.place.id), p.place.wikidataId ? wikidataUri(p.place.wikidataId) : null),
    };
  if (p.type === "COUNTRY" && p.country) return countryNode(locale, p.country);
  return {
    "@type": "Organization",
    name,
    ...(p.country ? { location: countryNode(locale, p.country) } : {}),
  };
}

/** "Vänort sedan 1950, avslutad 2024-01-31" in the page's language. */
function describe(locale: Locale, p: PartnershipWithDetail) {
  const { t } = getI18n(locale);
  return [
    t(`kind.${p.kind}.singular`),
    p.startYear ? t("changeFeed.since", { year: p.startYear }) : null,
    p.endedOn ? t("changeFeed.endedOn", { date: p.endedOn.toISOString().slice(0, 10) }) : null,
  ]
    .filter(Boolean)
    .join(", ");
}

/** `total`: how many the list has when only its first `items` are written out. */
const itemList = (name: string, about: string, items: Json[], total = items.length) => ({
  "@type": "ItemList",
  name,
  about: { "@id": about },
  numberOfItems: total,
  itemListElement: items.map((item, i) => ({ "@type": "ListItem", position: i + 1, ...item })),
});

type Member = {
  code: string;
  name: string;
  shortName: string;
  kind: "MUNICIPALITY" | "REGION";
  slug: string;
  website: string | null;
  wikidataId: string | null;
  centroidLat: number | null;
  centroidLon: number | null;
};

/** A member's page: the organisation, the area it governs, and the partnerships on this page. */
export function memberJsonLd(
  base: URL,
  locale: Locale,
  member: Member,
  partnerships: PartnershipWithDetail[],
) {
  const url = new URL(localePath(locale, organisationPath(member)), base).href;
  const id = `${url}#organisation`;
  const { t } = getI18n(locale);
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "GovernmentOrganization",
        "@id": id,
        name: member.name,
        url,
        identifier: {
          "@type": "PropertyValue",
          propertyID: member.kind === "MUNICIPALITY" ? "kommunkod" : "länskod",
          value: member.code,
        },
        ...sameAs(member.wikidataId ? wikidataUri(member.wikidataId) : null, member.website),
        areaServed: {
          "@type": "AdministrativeArea",
          name: member.shortName,
          ...(member.centroidLat !== null && member.centroidLon !== null
            ? {
                geo: {
                  "@type": "GeoCoordinates",
                  latitude: member.centroidLat,
                  longitude: member.centroidLon,
                },
              }
            : {}),
          containedInPlace: countryNode(locale, { code: "SE", nameSv: "Sverige", nameEn: "Sweden" }),
        },
      },
      itemList(
        t("linkedData.memberList", { name: member.name }),
        id,
        partnerships.flatMap((p) =>
          p.partners.map((partner) => ({
            item: partnerNode(locale, partner),
            description: describe(locale, p),
          })),
        ),
      ),
    ],
  };
}

const memberNode = (
  base: URL,
  locale: Locale,
  o: { name: string; kind: "MUNICIPALITY" | "REGION"; slug: string },
) => ({
  "@type": "GovernmentOrganization",
  "@id": `${new URL(localePath(locale, organisationPath(o)), base).href}#organisation`,
  name: o.name,
  url: new URL(localePath(locale, organisationPath(o)), base).href,
});

/** A partner place's page: the place (GeoNames, Wikidata) and its Swedish partners on this page. */
export function placeJsonLd(
  base: URL,
  locale: Locale,
  place: {
    id: number;
    name: string;
    latitude: number;
    longitude: number;
    wikidataId: string | null;
    country: CountryRow;
  },
  name: string,
  partnerships: PartnershipWithDetail[],
) {
  const id = geonamesUri(place.id);
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "Place",
        "@id": id,
        name,
        alternateName: place.name,
        url: new URL(localePath(locale, `/ort/${place.id}`), base).href,
        geo: { "@type": "GeoCoordinates", latitude: place.latitude, longitude: place.longitude },
        containedInPlace: countryNode(locale, place.country),
        ...sameAs(id, place.wikidataId ? wikidataUri(place.wikidataId) : null),
      },
      itemList(
        name,
        id,
        partnerships.flatMap((p) =>
          p.participants.map((x) => ({
            item: memberNode(base, locale, x.organisation),
            description: describe(locale, p),
          })),
        ),
      ),
    ],
  };
}

/** A country's page: the country and the Swedish members that cooperate with it. */
/**
 * At most this many members are written into a country page's JSON-LD (numberOfItems says how
 * many there are): the script is sent twice (in the HTML and in React's payload), and all 310
 * members of a country every member partners with made /land/fi 130 kB heavier (issue 13).
 */
export const COUNTRY_JSON_LD_MEMBERS = 50;

export function countryJsonLd(
  base: URL,
  locale: Locale,
  country: CountryRow,
  members: { name: string; kind: "MUNICIPALITY" | "REGION"; slug: string }[],
) {
  const url = new URL(localePath(locale, `/land/${country.code.toLowerCase()}`), base).href;
  const id = `${url}#country`;
  return {
    "@context": "https://schema.org",
    "@graph": [
      { ...countryNode(locale, country), "@id": id, url },
      itemList(
        localisedName(country, locale),
        id,
        members.slice(0, COUNTRY_JSON_LD_MEMBERS).map((m) => ({ item: memberNode(base, locale, m) })),
        members.length,
      ),
    ],
  };
}
