import { describe, expect, it } from "vitest";
import { currentPartnership } from "../../lib/directory/partnership-where";
import { statsDatasetSchema } from "../../lib/stats/dataset";
import { loadStatsDataset } from "../../lib/stats/load-dataset";
import { testDatabase } from "../support/database";

const db = testDatabase();

describe("loadStatsDataset", () => {
  it("reads every current partnership exactly as Prisma's relations describe it", async () => {
    const dataset = statsDatasetSchema.parse(await loadStatsDataset(db));
    // The oracle: the same facts through Prisma's nested reads.
    const expected = await db.partnership.findMany({
      where: currentPartnership,
      select: {
        id: true,
        kind: true,
        activityLevel: true,
        participants: { select: { organisationId: true } },
        partners: { select: { countryCode: true, place: { select: { countryCode: true } } } },
        areas: { select: { areaCode: true } },
        fundingForms: { select: { fundingFormCode: true } },
      },
      orderBy: { id: "asc" },
    });
    expect(dataset.partnerships).toEqual(
      expected.map((p) => ({
        id: p.id,
        kind: p.kind,
        activityLevel: p.activityLevel,
        participantIds: p.participants.map((x) => x.organisationId).sort((a, b) => a - b),
        countryCodes: [
          ...new Set(p.partners.map((x) => x.place?.countryCode ?? x.countryCode).filter((c) => c !== null)),
        ].sort(),
        areaCodes: p.areas.map((a) => a.areaCode).sort(),
        fundingCodes: p.fundingForms.map((f) => f.fundingFormCode).sort(),
      })),
    );
    expect(dataset.partnerships.length).toBeGreaterThan(0);
    expect(dataset.organisations).toHaveLength(310);
  });

  it("reads each member's review date as a plain date, for the coverage figure", async () => {
    const dataset = statsDatasetSchema.parse(await loadStatsDataset(db));
    const reviewed = await db.organisation.findMany({
      where: { lastReviewedOn: { not: null } },
      select: { code: true, lastReviewedOn: true },
    });
    expect(reviewed.length).toBeGreaterThan(0);
    expect(
      dataset.organisations
        .filter((o) => o.lastReviewedOn !== null)
        .map((o) => o.code)
        .sort(),
    ).toEqual(reviewed.map((o) => o.code).sort());
    // Umeå's entries were confirmed against its 2018 document (prisma/seed/documents.ts).
    expect(dataset.organisations.find((o) => o.code === "2480")!.lastReviewedOn).toBe("2018-03-28");
  });

  it("leaves out ended and removed partnerships", async () => {
    const any = await db.partnership.findFirstOrThrow({ where: currentPartnership, orderBy: { id: "asc" } });
    await db.partnership.update({ where: { id: any.id }, data: { endedOn: new Date("2020-01-01") } });
    try {
      expect((await loadStatsDataset(db)).partnerships.some((p) => p.id === any.id)).toBe(false);
    } finally {
      await db.partnership.update({ where: { id: any.id }, data: { endedOn: null } });
    }
  });
});
