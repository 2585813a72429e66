import { describe, expect, it } from "vitest";
import { testDatabase } from "../support/database";

const db = testDatabase();

describe("reference data loaded into a freshly migrated database", () => {
  it("has the 290 kommuner, 20 regions and 21 län", async () => {
    expect(await db.organisation.count({ where: { kind: "MUNICIPALITY" } })).toBe(290);
    expect(await db.organisation.count({ where: { kind: "REGION" } })).toBe(20);
    expect(await db.county.count()).toBe(21);
  });

  it("gives municipalities their code, county, ASCII slug and centroid", async () => {
    const umea = await db.organisation.findUniqueOrThrow({
      where: { code: "2480" },
      include: { county: true },
    });
    expect(umea).toMatchObject({
      name: "Umeå kommun",
      shortName: "Umeå",
      slug: "umea",
      kind: "MUNICIPALITY",
    });
    expect(umea.county.name).toBe("Västerbottens län");
    expect(umea.centroidLat).toBeCloseTo(63.9, 0);
    expect(umea.boundaryRef).toBe("municipalities.geojson#2480");
    const slugs = await db.organisation.findMany({
      where: { code: { in: ["2283", "1980", "2380"] } },
      orderBy: { code: "asc" },
    });
    expect(slugs.map((o) => o.slug)).toEqual(["vasteras", "solleftea", "ostersund"]);
  });

  it("corrects the long names the reference README flags as wrong", async () => {
    const names = await db.organisation.findMany({
      where: { code: { in: ["0880", "0980", "2080", "2513", "2514"] } },
      orderBy: { code: "asc" },
    });
    expect(names.map((o) => o.name)).toEqual([
      "Kalmar kommun",
      "Region Gotland",
      "Falu kommun",
      "Överkalix kommun",
      "Kalix kommun",
    ]);
  });

  it("names every other kommun in the official form: genitive -s after a consonant but s, x or z", async () => {
    const exceptions = new Set(["0880", "0980", "2080"]); // Kalmar, Gotland, Falu: above
    const kommuner = await db.organisation.findMany({ where: { kind: "MUNICIPALITY" } });
    const wrong = kommuner
      .filter((o) => !exceptions.has(o.code))
      .filter((o) => o.name !== `${o.shortName}${/[sxzaeiouyåäö]$/i.test(o.shortName) ? "" : "s"} kommun`)
      .map((o) => o.name);
    expect(kommuner).toHaveLength(290);
    expect(wrong).toEqual([]);
  });

  it("keeps Håbo and Habo apart in URLs", async () => {
    const rows = await db.organisation.findMany({
      where: { code: { in: ["0305", "0643"] } },
      orderBy: { code: "asc" },
    });
    expect(rows.map((o) => o.slug)).toEqual(["haabo", "habo"]);
  });

  it("leaves kommungrupp empty until SKR's list is imported, with the nine groups ready", async () => {
    expect(await db.organisation.count({ where: { municipalityGroupCode: { not: null } } })).toBe(0);
    expect(await db.municipalityGroup.count()).toBe(9);
  });

  it("has countries in Swedish and English, grouped as the report groups them", async () => {
    const finland = await db.country.findUniqueOrThrow({ where: { code: "FI" } });
    expect(finland).toMatchObject({ nameSv: "Finland", nameEn: "Finland", worldRegion: "NORDIC" });
    const seychelles = await db.country.findUniqueOrThrow({ where: { code: "SC" } });
    expect(seychelles).toMatchObject({ nameSv: "Seychellerna", worldRegion: "REST_OF_WORLD" });
    expect((await db.country.findUniqueOrThrow({ where: { code: "DE" } })).worldRegion).toBe(
      "REST_OF_EUROPE",
    );
  });

  it("holds the 21 ICLD countries of 2018 as dated data", async () => {
    const eligible = await db.icldEligibility.findMany({ where: { year: 2018 } });
    expect(eligible).toHaveLength(21);
    expect(eligible.map((e) => e.countryCode)).toEqual(
      expect.arrayContaining(["CN", "UA", "XK", "ZM", "BY"]),
    );
  });

  it("has the cooperation areas and funding forms as reference rows", async () => {
    const areas = await db.cooperationArea.findMany({ where: { inSurvey: true } });
    expect(areas.map((a) => a.nameSv)).toEqual(
      expect.arrayContaining(["Kultur", "Skola och utbildning", "Kommunal teknik"]),
    );
    const funding = await db.fundingForm.findMany();
    expect(funding.map((f) => f.nameSv)).toEqual(
      expect.arrayContaining([
        "Egna medel",
        "EU-medel",
        "Sida/ICLD",
        "Nordiska ministerrådet",
        "Andra statliga myndigheter",
      ]),
    );
  });

  it("has the networks of the report's appendix", async () => {
    expect(await db.network.count()).toBe(30);
    const names = (await db.network.findMany()).map((n) => n.name);
    expect(names).toEqual(
      expect.arrayContaining(["Eurocities", "Union of Baltic Cities", "UNESCO Creative Cities Network"]),
    );
  });

  it("loads the GeoNames gazetteer", async () => {
    expect(await db.place.count()).toBeGreaterThan(190_000);
  });
});
