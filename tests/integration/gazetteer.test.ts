import { describe, expect, it } from "vitest";
import { searchPlaces } from "../../lib/geocoding/search";
import { testDatabase } from "../support/database";

const db = testDatabase();

describe("searchPlaces: the gazetteer finds partner towns by any of their names", () => {
  it.each([
    ["Vasa", undefined, 632978, "Vaasa"],
    ["Vaasa", "FI", 632978, "Vaasa"],
    ["Helsingör", undefined, 2620473, "Helsingør"],
    ["Uusikaarlepyy", undefined, 644100, "Nykarleby"],
    ["Xian", undefined, 1790630, "Xi’an"],
    ["Xi'an", "CN", 1790630, "Xi’an"],
    ["Würzburg", undefined, 2805615, "Würzburg"],
    ["Wurzburg", "DE", 2805615, "Würzburg"],
    ["Petrozavodsk", undefined, 509820, "Petrozavodsk"],
  ])("%s (country %s) -> GeoNames %i", async (query, countryCode, id, name) => {
    const [best] = await searchPlaces(db, query, { countryCode });
    expect(best).toMatchObject({ id, name, match: "exact" });
  });

  it("filters by country", async () => {
    const hits = await searchPlaces(db, "Vasa", { countryCode: "IN" });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.countryCode === "IN")).toBe(true);
  });

  it("finds misspelt names through the trigram index", async () => {
    const hits = await searchPlaces(db, "Petrozavodks");
    expect(hits.map((h) => h.id)).toContain(509820);
  });

  it("lists every Madison in the USA with the largest first", async () => {
    const hits = await searchPlaces(db, "Madison", { countryCode: "US", limit: 30 });
    expect(hits.length).toBeGreaterThanOrEqual(20);
    expect(hits[0]).toMatchObject({ id: 5261457, admin1Code: "WI" });
  });

  it("returns nothing for input too short or made only of punctuation, and survives SQL in the query", async () => {
    expect(await searchPlaces(db, "a")).toEqual([]);
    expect(await searchPlaces(db, '\'; DROP TABLE "Place"; --')).toBeInstanceOf(Array);
    expect(await db.place.count()).toBeGreaterThan(190_000);
  });
});
