import { describe, expect, it } from "vitest";
import { partnershipDetail } from "../../lib/partnerships/queries";
import { testDatabase } from "../support/database";

const db = testDatabase();

async function partnershipsOf(code: string) {
  return db.partnership.findMany({
    where: { participants: { some: { organisation: { code } } } },
    include: partnershipDetail,
    orderBy: { id: "asc" },
  });
}

const placeNames = (rows: Awaited<ReturnType<typeof partnershipsOf>>) =>
  rows.flatMap((p) =>
    p.partners.map((partner) => partner.place?.name ?? partner.country?.nameSv ?? partner.network?.name),
  );

describe("facts from the source documents", () => {
  it("Umeå: six vänorter", async () => {
    const twins = (await partnershipsOf("2480")).filter((p) => p.kind === "TWIN_TOWN");
    expect(placeNames(twins)).toEqual([
      "Vaasa",
      "Harstad",
      "Helsingør",
      "Würzburg",
      "Petrozavodsk",
      "Saskatoon",
    ]);
    expect(twins.map((p) => p.partners[0]!.name)).toEqual([
      "Vasa",
      "Harstad",
      "Helsingör",
      "Würzburg",
      "Petrozavodsk",
      "Saskatoon",
    ]);
    expect(twins.every((p) => p.verification === "VERIFIED" && p.source?.includes("2018-03-28"))).toBe(true);
  });

  it("Umeå: cooperation agreements with Seychelles as a country and four places", async () => {
    const agreements = (await partnershipsOf("2480")).filter((p) => p.otherType === "COOPERATION_AGREEMENT");
    expect(agreements.every((p) => p.kind === "OTHER")).toBe(true);
    expect(placeNames(agreements)).toEqual(["Seychellerna", "Xi’an", "Qufu", "Lanzhou", "Guanajuato"]);
    expect(agreements[0]!.partners[0]).toMatchObject({ type: "COUNTRY", countryCode: "SC", placeId: null });
  });

  it("Umeå: honorary consuls, goals of February 1997, reviewed 2018-03-28, North Sweden office", async () => {
    const umea = await db.organisation.findUniqueOrThrow({
      where: { code: "2480" },
      include: { honoraryConsuls: true, euOffice: true, policyDocuments: true },
    });
    expect(umea.honoraryConsuls.map((c) => c.countryCode).sort()).toEqual([
      "DK",
      "EE",
      "FI",
      "FR",
      "GB",
      "IS",
      "IT",
      "LT",
      "LV",
      "MX",
      "NO",
      "SC",
    ]);
    expect(umea.lastReviewedOn?.toISOString().slice(0, 10)).toBe("2018-03-28");
    expect(umea.euOffice?.name).toBe("North Sweden European Office");
    expect(umea.policyDocuments).toHaveLength(1);
    expect(umea.policyDocuments[0]).toMatchObject({
      adoptingBody: "Kommunfullmäktige",
      decisionDate: "1997-02",
    });
  });

  it("Sollefteå: four vänorter, the ambiguous ones marked for review", async () => {
    const twins = await partnershipsOf("2283");
    expect(twins.every((p) => p.kind === "TWIN_TOWN")).toBe(true);
    expect(placeNames(twins)).toEqual(["Põltsamaa", "Esashi", "Nykarleby", "Madison"]);
    const byName = Object.fromEntries(twins.map((p) => [p.partners[0]!.name, p]));
    expect(byName.Esashi!.verification).toBe("NEEDS_REVIEW");
    expect(byName.Esashi!.reviewNote).toMatch(/Hokkaido/);
    expect(byName.Madison!.verification).toBe("NEEDS_REVIEW");
    expect(byName.Madison!.partners[0]!.place).toMatchObject({ countryCode: "US", admin1Code: "WI" });
    expect(byName.Nykarleby!.verification).toBe("VERIFIED");
    expect(twins.every((p) => p.decisionRefs.includes("Kommunfullmäktige 2019-11-25 § 155"))).toBe(true);
  });

  it("Sollefteå: the 2019–2022 policy with goals, rules and responsibilities", async () => {
    const policy = await db.policyDocument.findFirstOrThrow({
      where: { organisation: { code: "2283" } },
      include: { responsibilities: { orderBy: { position: "asc" } } },
    });
    expect(policy).toMatchObject({
      adoptingBody: "Kommunfullmäktige",
      decisionDate: "2019-11-25",
      decisionParagraph: "§ 155",
      validFromYear: 2019,
      validToYear: 2022,
    });
    expect(policy.goals).toHaveLength(5);
    expect(policy.rules.join(" ")).toMatch(/10 000 kr/);
    expect(policy.rules.join(" ")).toMatch(/varje mandatperiod/);
    expect(new Set(policy.responsibilities.map((r) => r.body))).toEqual(
      new Set(["Kommunfullmäktige", "Kommunstyrelsen"]),
    );
  });

  it("Östersund: strategy areas, Mid Sweden office, the three-way cooperation since 1999, UNESCO gastronomy", async () => {
    const ostersund = await db.organisation.findUniqueOrThrow({
      where: { code: "2380" },
      include: { euOffice: true, policyDocuments: true },
    });
    expect(ostersund.euOffice?.name).toBe("Mid Sweden European Office");
    expect(ostersund.policyDocuments[0]!.goals).toHaveLength(3);

    const rows = await partnershipsOf("2380");
    const trondheim = rows.find((p) => p.partners[0]?.place?.name === "Trondheim")!;
    expect(trondheim.startYear).toBe(1999);
    expect(trondheim.participants.map((p) => p.organisation.code).sort()).toEqual(["2281", "2380"]);
    expect(trondheim.areas.map((a) => a.areaCode).sort()).toEqual([
      "business",
      "infrastructure",
      "skills_supply",
    ]);

    const unesco = rows.find((p) => p.otherType === "NETWORK_MEMBERSHIP")!;
    expect(unesco.partners[0]!.network?.name).toBe("UNESCO Creative Cities Network");
    expect(unesco.areas.map((a) => a.areaCode)).toEqual(["gastronomy"]);
  });

  it("Västerås: the international policy, published 2015-03-17 and changed 2017-10-05", async () => {
    const policy = await db.policyDocument.findFirstOrThrow({ where: { organisation: { code: "1980" } } });
    expect(policy.publishedOn?.toISOString().slice(0, 10)).toBe("2015-03-17");
    expect(policy.changedOn?.toISOString().slice(0, 10)).toBe("2017-10-05");
    expect(policy.vision).toMatch(/peace, democracy/);
    expect(policy.goals).toHaveLength(6);
  });

  it("records every seeded change in the audit log", async () => {
    const partnerships = await db.partnership.count();
    const created = await db.auditEvent.count({
      where: { entityType: "Partnership", action: "CREATE", actorLabel: "seed" },
    });
    expect(created).toBe(partnerships);
    expect(partnerships).toBe(6 + 5 + 4 + 2);
  });
});
