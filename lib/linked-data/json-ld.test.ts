import { describe, expect, it } from "vitest";
import type { PartnershipWithDetail } from "../partnerships/types";
import { COUNTRY_JSON_LD_MEMBERS, countryJsonLd, jsonLdText, memberJsonLd, placeJsonLd } from "./json-ld";

const HOSTILE = `</script><script>alert(1)</script>&\u2028`;
const base = new URL("https://vanortsregistret.example/");
const finland = { code: "FI", nameSv: "Finland", nameEn: "Finland" };
const vaasa = {
  id: 632978,
  name: "Vaasa",
  latitude: 63.1,
  longitude: 21.6,
  wikidataId: "Q900100",
  country: finland,
};

// Only the fields the description reads.
const partnership = {
  kind: "TWIN_TOWN",
  startYear: 1950,
  endedOn: null,
  participants: [{ organisation: { name: "Umeå kommun", kind: "MUNICIPALITY", slug: "umea" } }],
  partners: [
    { type: "PLACE", name: "Vasa", place: vaasa, country: null, network: null },
    { type: "ORGANISATION", name: HOSTILE, place: null, country: finland, network: null },
  ],
} as unknown as PartnershipWithDetail;

const member = {
  code: "2480",
  name: "Umeå kommun",
  shortName: "Umeå",
  kind: "MUNICIPALITY" as const,
  slug: "umea",
  website: "https://www.umea.se",
  wikidataId: "Q900001",
  centroidLat: 63.8,
  centroidLon: 20.3,
};

describe("JSON-LD", () => {
  it("cannot be closed by a hostile name: no <, >, & or line separator in the script text, same data when parsed", () => {
    const data = { name: HOSTILE };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it("describes a member with its area, Wikidata, and its partner places with GeoNames and Wikidata", () => {
    const ld = memberJsonLd(base, "sv", member, [partnership]);
    const [org, list] = ld["@graph"] as unknown as [
      Record<string, unknown>,
      { itemListElement: { item: Record<string, unknown>; description: string }[] },
    ];
    expect(org).toMatchObject({
      "@type": "GovernmentOrganization",
      name: "Umeå kommun",
      url: "https://vanortsregistret.example/kommun/umea",
      sameAs: ["https://www.wikidata.org/entity/Q900001", "https://www.umea.se"],
      identifier: { value: "2480" },
    });
    expect(list.itemListElement[0]).toMatchObject({
      description: "Vänort, sedan 1950",
      item: {
        "@type": "Place",
        name: "Vasa (Vaasa)",
        sameAs: ["https://sws.geonames.org/632978/", "https://www.wikidata.org/entity/Q900100"],
        containedInPlace: { "@type": "Country", identifier: "FI" },
      },
    });
    expect(list.itemListElement[1]!.item).toMatchObject({
      "@type": "Organization",
      name: HOSTILE.trim(), // the label trims the line separator
    });
    expect(jsonLdText(ld)).not.toContain("</script>");
  });

  it("describes a place with its Swedish partners, and a country with its members, in English too", () => {
    const place = placeJsonLd(base, "en", vaasa, "Vaasa", [partnership]);
    expect(place["@graph"][0]).toMatchObject({
      "@type": "Place",
      "@id": "https://sws.geonames.org/632978/",
      url: "https://vanortsregistret.example/en/ort/632978",
    });
    expect(place["@graph"][1]).toMatchObject({
      itemListElement: [
        {
          item: { "@type": "GovernmentOrganization", url: "https://vanortsregistret.example/en/kommun/umea" },
          description: "Twin town, since 1950",
        },
      ],
    });
    const country = countryJsonLd(base, "sv", finland, [
      { name: "Umeå kommun", kind: "MUNICIPALITY", slug: "umea" },
    ]);
    expect(country["@graph"][0]).toMatchObject({ "@type": "Country", identifier: "FI", name: "Finland" });
    expect(country["@graph"][1]).toMatchObject({ numberOfItems: 1 });
  });

  it("lists at most COUNTRY_JSON_LD_MEMBERS members of a country, and says how many there are", () => {
    const members = Array.from({ length: 310 }, (_, i) => ({
      name: `Kommun ${i}`,
      kind: "MUNICIPALITY" as const,
      slug: `kommun-${i}`,
    }));
    const list = countryJsonLd(base, "sv", finland, members)["@graph"][1];
    expect(list).toMatchObject({ numberOfItems: 310 });
    expect(list).toHaveProperty("itemListElement.length", COUNTRY_JSON_LD_MEMBERS);
    expect(list).toHaveProperty("itemListElement.0.item.name", "Kommun 0");
  });
});
