import { describe, expect, it } from "vitest";
import { searchPlaceOptions } from "../../lib/manage/place-options";
import { searchSite } from "../../lib/search/site-search";
import { testDatabase } from "../support/database";

const db = testDatabase();

// The seed's Chinese partner places (Västerås and Umeå's documents): Xi'an and Qufu.
const XIAN = 1790630;
const QUFU = 1797333;

describe("searchSite: countries by Swedish and English names, ranked before places", () => {
  it.each([
    ["Kina", "sv", "Kina"],
    ["China", "sv", "Kina"],
    ["China", "en", "China"],
    ["kina", "en", "China"],
    ["CN", "sv", "Kina"],
    ["Kin", "sv", "Kina"],
  ] as const)("%s (%s) lists China first, and the Chinese partner places", async (query, locale, name) => {
    const results = await searchSite(db, query, locale);
    expect(results.countries[0]).toEqual({ code: "CN", name, path: "/land/cn" });
    expect(results.places.map((p) => p.id)).toEqual(expect.arrayContaining([XIAN, QUFU]));
    expect(results.places.every((p) => p.countryName === name)).toBe(true);
  });

  it("still finds a place by its own name first, and a country only by a matching name", async () => {
    const vasa = await searchSite(db, "Vasa", "sv");
    expect(vasa.places[0]).toMatchObject({ name: "Vasa (Vaasa)", countryName: "Finland" });
    expect(vasa.countries).toEqual([]);
    const xian = await searchSite(db, "Xi'an", "en");
    expect(xian.places[0]).toMatchObject({ id: XIAN });
  });

  it("ranks an exact country name before countries that only begin with the text", async () => {
    const results = await searchSite(db, "Norge", "sv");
    expect(results.countries[0]).toMatchObject({ code: "NO", name: "Norge" });
    const nor = await searchSite(db, "Nor", "en");
    expect(nor.countries.map((c) => c.code)).toEqual(expect.arrayContaining(["NO", "KP"]));
    expect(nor.countries.findIndex((c) => c.code === "NO")).toBeLessThan(
      nor.countries.findIndex((c) => c.code === "KP"),
    );
  });
});

describe("the place picker's options name the region (GeoNames admin1), not its code", () => {
  it("Tartu, Estonia is told from Ţarţūs, Syria by its region", async () => {
    const hits = await searchPlaceOptions(db, "Tartu", { locale: "en" });
    const tartu = hits.find((h) => h.id === 588335);
    expect(tartu).toMatchObject({
      name: "Tartu",
      countryName: "Estonia",
      admin1Code: "18",
      admin1Name: "Tartu",
    });
    expect(hits[0]!.id).toBe(588335);
    const tartus = hits.find((h) => h.countryCode === "SY");
    if (tartus) expect(tartus.admin1Name).toBe("Tartus");
  });

  it("Madison, Wisconsin", async () => {
    const [madison] = await searchPlaceOptions(db, "Madison", { countryCode: "US", locale: "sv" });
    expect(madison).toMatchObject({ admin1Code: "WI", admin1Name: "Wisconsin" });
  });

  it("every admin1 code of a seeded place has a name, but for the few GeoNames leaves unnamed", async () => {
    const [row] = await db.$queryRaw<{ places: bigint; named: bigint }[]>`
      SELECT COUNT(*) AS places, COUNT(a."code") AS named
        FROM "Place" p LEFT JOIN "AdminDivision" a ON a."code" = p."countryCode" || '.' || p."admin1Code"
       WHERE p."admin1Code" IS NOT NULL AND p."admin1Code" <> '00'`;
    expect(Number(row!.named) / Number(row!.places)).toBeGreaterThan(0.99);
  });
});
