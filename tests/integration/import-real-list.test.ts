import { describe, expect, it } from "vitest";
import { GET as places } from "../../app/api/v1/places/route";
import { describeIssue, describeMatchReason } from "../../lib/import/describe-issue";
import { matchPartner, type PartnerMatch } from "../../lib/import/match-partner";
import { previewImport } from "../../lib/import/preview";
import { describeScore, scoreTwinTownImport, twinTownFile } from "../../scripts/twin-town-score";
import { testDatabase } from "../support/database";

const db = testDatabase();

const taken = (m: PartnerMatch) =>
  m.status === "matched" ? { id: m.place.geonameId, country: m.place.countryCode, reasons: m.reasons } : m;

describe("matchPartner: no silent guesses", () => {
  it("finds a place in a dependent territory under the state the row names", async () => {
    expect(taken(await matchPartner(db, "Mariehamn", "FI"))).toMatchObject({ id: 3041732, country: "AX" });
    expect(taken(await matchPartner(db, "Tórshavn", "DK"))).toMatchObject({ country: "FO" });
    expect(taken(await matchPartner(db, "Gustavia", "FR"))).toMatchObject({ country: "BL" });
  });

  it("never takes or offers a place from another country than the row's", async () => {
    const tromso = await matchPartner(db, "Tromsø", "FI");
    expect(tromso.status).not.toBe("matched");
    expect(tromso.candidates.every((c) => c.countryCode === "FI")).toBe(true);
  });

  it("sends a small namesake of a municipality the gazetteer lacks to review", async () => {
    // Hemnes, Norway: the municipality in Nordland; the gazetteer has only a village of 613 in the south.
    // Since the seed loads GeoNames' administrative divisions, the municipality is a candidate too.
    const hemnes = await matchPartner(db, "Hemnes", "NO");
    expect(hemnes).toMatchObject({ status: "ambiguous" });
    expect(hemnes.candidates.some((c) => c.geonameId >= 1_900_000_000)).toBe(true);
  });

  it("does not treat an unknown population as small", async () => {
    // Two Strombergs in Germany, one of population 0 (unknown): either could be meant.
    expect(await matchPartner(db, "Stromberg", "DE")).toMatchObject({
      status: "ambiguous",
      reason: { code: "partner_several_in_country", count: 2 },
    });
  });

  it("needs a country: a name alone goes to review", async () => {
    expect(await matchPartner(db, "Tallinn", undefined)).toMatchObject({
      status: "ambiguous",
      reason: { code: "partner_country_missing" },
    });
  });

  it("says why it took a place", async () => {
    expect(taken(await matchPartner(db, "Vasa", "FI"))).toMatchObject({
      id: 632978,
      reasons: [{ code: "alternate_name" }, { code: "only_in_country" }],
    });
    expect(taken(await matchPartner(db, "Duluth, Minnesota", "US"))).toMatchObject({
      id: 5024719,
      reasons: [
        { code: "exact_name" },
        { code: "region_named", region: "Minnesota" },
        { code: "only_in_country" },
      ],
    });
    expect(taken(await matchPartner(db, "Kemi", "FI"))).toMatchObject({
      id: 653281,
      reasons: [{ code: "exact_name" }, { code: "own_name_only" }, { code: "only_in_country" }],
    });
    expect(taken(await matchPartner(db, "Xian", "CN"))).toMatchObject({
      id: 1790630,
      reasons: [{ code: "exact_name" }, { code: "others_size_unknown" }],
    });
    expect(taken(await matchPartner(db, "Keila vald", "EE"))).toMatchObject({ id: 591472 });
    expect(taken(await matchPartner(db, "Ringerike kommun, Hönefoss", "NO"))).toMatchObject({ id: 3151917 });
    // The text after a comma is a region to narrow by, not a place to take.
    expect(await matchPartner(db, "Xyzzyville, Georgia", "US")).not.toMatchObject({ status: "matched" });
  });
});

describe("the preview of a real-world list", () => {
  it("explains each match and each review in Swedish and English", async () => {
    const csv =
      "Kommun;Vänort;Land\nUmeå;Esbo;Finland\nVännäs;Hemnes;Norge\nLund;Borgå;Republic of Finland\n";
    const preview = await previewImport(db, { name: "x.csv", bytes: new TextEncoder().encode(csv) }, "all");
    const [esbo, hemnes, borga] = preview.rows;
    expect(esbo).toMatchObject({ status: "ready", countryCode: "FI" });
    if (esbo!.partner?.status !== "matched") throw new Error("Esbo should be matched");
    expect(esbo!.partner.reasons.map((r) => describeMatchReason(r, "sv"))).toEqual([
      "ett annat namn på orten",
      "den enda orten med det namnet i landet",
    ]);
    expect(esbo!.partner.reasons.map((r) => describeMatchReason(r, "en"))).toEqual([
      "another name of the place",
      "the only place of that name in the country",
    ]);
    expect(hemnes).toMatchObject({ status: "review" });
    expect(describeIssue(hemnes!.issues[0]!, "en")).toContain("Hemnes");
    expect(borga).toMatchObject({ status: "ready", countryCode: "FI" });
  });

  it("imports 308 twin-town pairs from municipalities' own pages: scored against positions determined by hand", async () => {
    const preview = await previewImport(db, twinTownFile(), "all");
    const score = await scoreTwinTownImport(db, preview);
    const report = describeScore(score).join("\n");
    const share = (n: number) => n / score.rows;
    expect(score.rows, report).toBe(308);
    // The goals: the Swedish side ≥ 99 % right, at most 0.5 % saved "ready" far from the real town.
    expect(share(score.memberRight), report).toBeGreaterThanOrEqual(0.99);
    expect(share(score.partner.wrong), report).toBeLessThanOrEqual(0.005);
    // Goal 90 % right or queued with the right candidate. Measured 88.6 % on the GeoNames
    // gazetteer alone: the other rows name municipalities cities500 lacks (Jammerbugt, Karmøy,
    // Stevns …), which need places added in the registry. This guards against going back.
    expect(share(score.partner.right + score.partner.queued), report).toBeGreaterThanOrEqual(0.88);
  });
});

describe("GET /api/v1/places?land=: the same country resolver", () => {
  it("takes a country by code or by name, and refuses one it does not know", async () => {
    for (const land of ["FI", "fin", "Finland", "Suomi", "Republic%20of%20Finland"]) {
      const response = await places(
        new Request(`http://localhost/api/v1/places?q=Vasa&land=${land}&limit=3`),
      );
      expect(response.status, land).toBe(200);
      expect((await response.json())[0], land).toMatchObject({ geonameId: 632978, countryCode: "FI" });
    }
    const refused = await places(new Request("http://localhost/api/v1/places?q=Vasa&land=Narnia"));
    expect(refused.status).toBe(400);
    expect((await refused.json()).detail).toMatch(/land/);
  });
});
