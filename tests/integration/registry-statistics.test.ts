import { beforeAll, describe, expect, it } from "vitest";
import { ACTIVITY_LEVELS, COORDINATION_FORMS, PARTNERSHIP_KINDS } from "../../lib/database/enums";
import type { DbOrTx } from "../../lib/database/transaction";
import { computeStatistics } from "../../lib/stats/compute";
import { IMPORT_SOURCE_PREFIX } from "../../lib/partnerships/participation";
import { loadStatsDataset } from "../../lib/stats/load-dataset";
import { loadStatsReference, registryStatistics } from "../../lib/stats/registry-statistics";
import { testDatabase } from "../support/database";

// The figures PostgreSQL counts for /statistik and the API must be exactly those of
// `computeStatistics` (the definition, which still counts closed rounds' frozen datasets) over
// the dataset the registry gave before (`loadStatsDataset`). This file's database is its own copy
// of the seed; the rows added here stay in it.
const db = testDatabase();

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function expectSameFigures(tx: DbOrTx, country?: string) {
  const { asOf: _a, ...expected } = computeStatistics(await loadStatsDataset(tx), { country });
  const { asOf: _b, ...actual } = await registryStatistics(tx, await loadStatsReference(tx), { country });
  expect(actual).toEqual(expected);
  return actual;
}

/** Countries to compare one by one: with place partners, with country partners, and without any. */
let countries: string[] = [];

beforeAll(async () => {
  const next = random(13);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], chance: number) => list.filter(() => next() < chance);

  const organisations = await db.organisation.findMany({ select: { id: true, kind: true } });
  const regions = organisations.filter((o) => o.kind === "REGION");
  const places = await db.place.findMany({
    select: { id: true, countryCode: true },
    orderBy: { id: "asc" },
    take: 400,
  });
  const allCountries = (await db.country.findMany({ select: { code: true }, orderBy: { code: "asc" } })).map(
    (c) => c.code,
  );
  const network = await db.network.findFirst({ select: { id: true } });
  const areas = (await db.cooperationArea.findMany({ select: { code: true } })).map((a) => a.code);
  const funding = (await db.fundingForm.findMany({ select: { code: true } })).map((f) => f.code);

  // Members: coordination forms (some repeated kinds), reviews, one without a kommungrupp.
  for (const o of organisations.slice(0, 60)) {
    await db.organisation.update({
      where: { id: o.id },
      data: {
        coordinationForms: some(COORDINATION_FORMS, 0.3),
        lastReviewedOn: next() < 0.3 ? new Date("2025-06-01") : null,
      },
    });
  }
  const municipality = organisations.find((o) => o.kind === "MUNICIPALITY")!;
  await db.organisation.update({ where: { id: municipality.id }, data: { municipalityGroupCode: null } });

  for (let i = 0; i < 400; i++) {
    const kind = pick(PARTNERSHIP_KINDS);
    const imported = next() < 0.15;
    const members = [
      pick(organisations),
      ...(next() < 0.3 ? [pick(regions)] : []),
      ...(next() < 0.2 ? [pick(organisations)] : []),
    ];
    const partners: {
      type: "PLACE" | "COUNTRY" | "NETWORK" | "FREE_TEXT";
      placeId?: number;
      countryCode?: string;
      networkId?: number;
      name?: string;
    }[] = [];
    for (let n = Math.floor(next() * 4); n > 0; n--) {
      const r = next();
      if (r < 0.6) partners.push({ type: "PLACE", placeId: pick(places).id });
      else if (r < 0.8) partners.push({ type: "COUNTRY", countryCode: pick(allCountries) });
      else if (r < 0.9 && network) partners.push({ type: "NETWORK", networkId: network.id });
      else partners.push({ type: "FREE_TEXT", name: "Okänd ort" });
    }
    await db.partnership.create({
      data: {
        kind,
        otherType: kind === "OTHER" ? "PROJECT" : null,
        title: `Statistiktest ${i}`,
        activityLevel: next() < 0.25 ? null : pick(ACTIVITY_LEVELS),
        endedOn: next() < 0.1 ? new Date("2021-12-31") : null,
        removedAt: next() < 0.05 ? new Date() : null,
        source: imported
          ? `${IMPORT_SOURCE_PREFIX}fil med SHA-256 test, rad ${i}`
          : next() < 0.5
            ? null
            : "Blankett",
        verification: next() < 0.5 ? "VERIFIED" : "NEEDS_REVIEW",
        participants: {
          create: [...new Set(members.map((m) => m.id))].map((organisationId) => ({
            organisationId,
            confirmedAt: next() < 0.85 ? new Date() : null,
          })),
        },
        partners: { create: partners },
        areas: { create: some(areas, 0.2).map((areaCode) => ({ areaCode })) },
        fundingForms: { create: some(funding, 0.25).map((fundingFormCode) => ({ fundingFormCode })) },
      },
    });
  }

  const inPlaces = [...new Set(places.map((p) => p.countryCode))];
  const asCountry = await db.partnershipPartner.findFirstOrThrow({
    where: { placeId: null, countryCode: { not: null } },
    select: { countryCode: true },
  });
  const used = new Set([...inPlaces, asCountry.countryCode!]);
  countries = [...inPlaces.slice(0, 5), asCountry.countryCode!, allCountries.find((c) => !used.has(c))!];
}, 120_000);

describe("registryStatistics", () => {
  it("counts the whole registry exactly as computeStatistics does over the dataset", async () => {
    const stats = await expectSameFigures(db);
    // The registry above has every case the figures tell apart.
    expect(stats.activity.TWIN_TOWN.UNKNOWN).toBeGreaterThan(0);
    expect(stats.activity.OTHER.DORMANT).toBeGreaterThan(0);
    expect(stats.kinds.MUNICIPAL_PARTNERSHIP.byRegions).toBeGreaterThan(0);
    expect(stats.worldRegions.UNKNOWN).toBeGreaterThan(0);
    expect(stats.areas.OTHER.rows.length).toBeGreaterThan(1);
    expect(stats.funding.TWIN_TOWN.REGION.membersWithFunding).toBeGreaterThan(0);
    expect(stats.coordination.MUNICIPALITY.rows.length).toBeGreaterThan(1);
    expect(stats.byMunicipalityGroup.some((g) => g.code === null)).toBe(true);
    expect(stats.topMembers.MUNICIPALITY.TWIN_TOWN).toHaveLength(10);
  });

  it("counts one country's partnerships and members as countryFigures does", async () => {
    for (const country of countries) await expectSameFigures(db, country);
    const empty = await expectSameFigures(db, countries.at(-1));
    expect(empty.country!.partnerships).toEqual({ TWIN_TOWN: 0, MUNICIPAL_PARTNERSHIP: 0, OTHER: 0 });
  });

  it("leaves out what the public does not see: unconfirmed participants, unreviewed imports, removed and ended rows", async () => {
    const before = await registryStatistics(db, await loadStatsReference(db));
    const p = await db.partnership.findFirstOrThrow({
      where: {
        title: { startsWith: "Statistiktest" },
        kind: "TWIN_TOWN",
        removedAt: null,
        endedOn: null,
        source: null,
        participants: { some: { confirmedAt: { not: null } } },
      },
      select: { id: true },
    });
    await db.partnershipParticipant.updateMany({
      where: { partnershipId: p.id },
      data: { confirmedAt: null },
    });
    const after = await expectSameFigures(db);
    expect(after.kinds.TWIN_TOWN.total).toBe(before.kinds.TWIN_TOWN.total - 1);
  });

  it("gives zeros, not missing figures, for an empty registry", async () => {
    await db
      .$transaction(async (tx) => {
        await tx.partnership.deleteMany({});
        const stats = await expectSameFigures(tx, countries[0]);
        expect(stats.coverage.partnerships).toEqual({ current: 0, withKnownActivity: 0 });
        expect(stats.activity.OTHER).toEqual({ ACTIVE: 0, SPORADIC: 0, DORMANT: 0, UNKNOWN: 0, total: 0 });
        throw new Error("rollback");
      })
      .catch((error: Error) => expect(error.message).toBe("rollback"));
  });
});

/** The counters (migration 20261205120000_statistics_counts) against a recount of every partnership. */
async function expectCountersEqualRecount(tx: DbOrTx) {
  const [row] = await tx.$queryRaw<{ differences: number }[]>`
    WITH fresh AS (
      SELECT key, COUNT(*)::int AS n
        FROM "statistics_keys"(ARRAY(SELECT "id" FROM "Partnership")) s, unnest(s."keys") AS key
       GROUP BY key),
    kept AS (SELECT "key", "n" FROM "StatisticsCount" WHERE "n" <> 0)
    SELECT COUNT(*)::int AS differences
      FROM ((SELECT * FROM fresh EXCEPT SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT SELECT * FROM fresh)) d`;
  expect(row?.differences).toBe(0);
}

describe("the statistics' counters", () => {
  it("follow every kind of write, so the figures stay those of a recount", async () => {
    const rollback = new Error("rollback");
    await db
      .$transaction(
        async (tx) => {
          const check = async () => {
            await expectCountersEqualRecount(tx);
            await expectSameFigures(tx);
          };
          const current = await tx.partnership.findMany({
            where: {
              title: { startsWith: "Statistiktest" },
              removedAt: null,
              endedOn: null,
              participants: { some: { confirmedAt: { not: null } } },
              partners: { some: { type: "PLACE" } },
            },
            select: { id: true, participants: { select: { organisationId: true } } },
            orderBy: { id: "asc" },
            take: 6,
          });
          const [a, b, c, d, e, f] = current.map((p) => p.id) as [
            number,
            number,
            number,
            number,
            number,
            number,
          ];

          // The partnership itself: kind and activity, ended and reopened, removed, an import reviewed.
          await tx.partnership.update({ where: { id: a }, data: { kind: "OTHER", activityLevel: null } });
          await tx.partnership.update({ where: { id: b }, data: { endedOn: new Date("2025-01-01") } });
          await tx.partnership.update({ where: { id: b }, data: { endedOn: null, activityLevel: "ACTIVE" } });
          await tx.partnership.update({ where: { id: c }, data: { removedAt: new Date() } });
          await tx.partnership.updateMany({
            where: { source: { startsWith: IMPORT_SOURCE_PREFIX } },
            data: { verification: "VERIFIED" },
          });
          await check();

          // Its rows: areas, funding, partners, participants (added, confirmed, taken away).
          await tx.partnershipArea.createMany({
            data: [
              { partnershipId: d, areaCode: "culture" },
              { partnershipId: e, areaCode: "culture" },
            ],
            skipDuplicates: true,
          });
          await tx.partnershipArea.deleteMany({ where: { partnershipId: e } });
          await check();
          await tx.partnershipFunding.createMany({
            data: [{ partnershipId: d, fundingFormCode: "own_means" }],
            skipDuplicates: true,
          });
          const elsewhere = await tx.place.findFirstOrThrow({
            where: { countryCode: "JP" },
            select: { id: true },
          });
          await tx.partnershipPartner.updateMany({
            where: { partnershipId: e, type: "PLACE" },
            data: { placeId: elsewhere.id },
          });
          const region = await tx.organisation.findFirstOrThrow({
            where: { kind: "REGION", id: { notIn: current[3]!.participants.map((p) => p.organisationId) } },
            select: { id: true },
          });
          await tx.partnershipParticipant.create({
            data: { partnershipId: d, organisationId: region.id, confirmedAt: null },
          });
          await tx.partnershipParticipant.update({
            where: { partnershipId_organisationId: { partnershipId: d, organisationId: region.id } },
            data: { confirmedAt: new Date() },
          });
          await tx.partnershipParticipant.deleteMany({ where: { partnershipId: f } });
          await check();

          // What the keys read through them: a member's county and kommungrupp, a place's
          // country, a country's world region.
          const member = current[4]!.participants[0]!.organisationId;
          const { countyCode } = await tx.organisation.findUniqueOrThrow({ where: { id: member } });
          await tx.organisation.update({
            where: { id: member },
            data: { countyCode: countyCode === "01" ? "03" : "01", municipalityGroupCode: null },
          });
          await check();
          await tx.place.update({ where: { id: elsewhere.id }, data: { countryCode: "KR" } });
          await check();
          await tx.country.updateMany({
            where: { worldRegion: "REST_OF_WORLD" },
            data: { worldRegion: "REST_OF_EUROPE" },
          });
          await check();

          // A new partnership, a deleted one (its rows go by cascade), a table emptied at once.
          await tx.partnership.create({
            data: {
              kind: "TWIN_TOWN",
              activityLevel: "SPORADIC",
              participants: { create: [{ organisationId: member, confirmedAt: new Date() }] },
              partners: { create: [{ type: "COUNTRY", countryCode: "FI" }] },
              areas: { create: [{ areaCode: "culture" }] },
            },
          });
          await tx.partnership.delete({ where: { id: a } });
          await tx.$executeRaw`TRUNCATE "PartnershipFunding"`;
          await check();
          throw rollback;
        },
        { timeout: 120_000 },
      )
      .catch((error: Error) => expect(error).toBe(rollback));
    await expectCountersEqualRecount(db);
  });
});

describe("the statistics' counters under concurrent writes", () => {
  it("stay equal to a recount when many writers change the same counters at once", async () => {
    const members = await db.organisation.findMany({
      select: { id: true },
      take: 12,
      orderBy: { id: "asc" },
    });
    const created = await Promise.all(
      members.map((m, i) =>
        db.partnership.create({
          data: {
            kind: i % 2 ? "TWIN_TOWN" : "OTHER",
            otherType: i % 2 ? null : "PROJECT",
            title: `Samtidighetstest ${i}`,
            activityLevel: "ACTIVE",
            participants: { create: [{ organisationId: m.id, confirmedAt: new Date() }] },
            partners: { create: [{ type: "COUNTRY", countryCode: "FI" }] },
            areas: { create: [{ areaCode: "culture" }] },
          },
          select: { id: true },
        }),
      ),
    );
    try {
      await Promise.all(
        created.map(({ id }, i) =>
          i % 3
            ? db.partnership.update({ where: { id }, data: { activityLevel: "DORMANT" } })
            : db.partnershipArea.deleteMany({ where: { partnershipId: id } }),
        ),
      );
      await expectCountersEqualRecount(db);
    } finally {
      await db.partnership.deleteMany({ where: { id: { in: created.map((c) => c.id) } } });
    }
    await expectCountersEqualRecount(db);
  });
});
