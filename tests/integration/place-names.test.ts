// Places are named by one rule everywhere (lib/partnerships/partner-label.ts): the search and
// the place page's title say what the partnership tables say.
import { describe, expect, it } from "vitest";
import { memberNameOfPlace } from "../../lib/partnerships/queries";
import { searchSite } from "../../lib/search/site-search";
import { testDatabase } from "../support/database";

const db = testDatabase();
const VAASA = 632978;

describe("place names", () => {
  it("finds the name the members give a place", async () => {
    expect(await memberNameOfPlace(db, VAASA)).toBe("Vasa");
  });

  it("names search results like the tables: the member's name with the town's own in Swedish", async () => {
    const sv = await searchSite(db, "Vaasa", "sv");
    expect(sv.places[0]).toMatchObject({ id: VAASA, name: "Vasa (Vaasa)", countryName: "Finland" });
    const helsingor = await searchSite(db, "Helsingör", "sv");
    expect(helsingor.places[0]!.name).toBe("Helsingör (Helsingør)");
  });

  it("uses GeoNames' name in English", async () => {
    expect((await searchSite(db, "Vasa", "en")).places[0]).toMatchObject({ id: VAASA, name: "Vaasa" });
    expect((await searchSite(db, "Pöltsamaa", "en")).places[0]!.name).toBe("Põltsamaa");
  });
});
