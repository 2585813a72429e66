// The downloads' one cursor (lib/partnerships/export-rows.ts) against the real database: the
// rows are the registry's public partnerships, field for field; the directory's filters select
// what they select on the pages; nothing unpublished leaves; a reader that stops early gives
// its connection back.
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "../../lib/database/client";
import { partnershipWhere } from "../../lib/directory/partnership-where";
import { searchParamsToRecord } from "../../lib/directory/page-params";
import { parseDirectoryParams } from "../../lib/directory/parse-params";
import { visiblePartnership } from "../../lib/partnerships/participation";
import { exportPartnershipsCsv } from "../../lib/partnerships/export";
import { exportRowBatches, type ExportRow } from "../../lib/partnerships/export-rows";
import { publicPartnershipDetail } from "../../lib/partnerships/queries";
import { testDatabase, testDatabaseUrl } from "../support/database";

const db = testDatabase();

const filtersOf = (query: string) =>
  parseDirectoryParams(searchParamsToRecord(new URLSearchParams(query))).filters;

async function exported(query: string, batchSize?: number): Promise<ExportRow[]> {
  const rows: ExportRow[] = [];
  for await (const batch of exportRowBatches(db, filtersOf(query), { batchSize })) rows.push(...batch);
  return rows;
}

const byCode = <T extends { code: string }>(list: T[]) =>
  [...list].sort((a, b) => a.code.localeCompare(b.code));

describe("the export's rows", () => {
  it("are the registry's public partnerships, field for field, in id order", async () => {
    const rows = await exported("avslutade=1", 3);
    const registry = await db.partnership.findMany({
      where: visiblePartnership,
      include: publicPartnershipDetail,
      orderBy: { id: "asc" },
    });
    expect(registry.length).toBeGreaterThan(10);
    expect(rows.map((r) => r.id)).toEqual(registry.map((p) => p.id));
    for (const [i, p] of registry.entries()) {
      const row = rows[i]!;
      expect(row).toMatchObject({
        kind: p.kind,
        otherType: p.otherType,
        title: p.title,
        activityLevel: p.activityLevel,
        startYear: p.startYear,
        endedOn: p.endedOn?.toISOString().slice(0, 10) ?? null,
        verification: p.verification,
        description: p.description,
        source: p.source,
      });
      expect(byCode(row.participants)).toEqual(
        byCode(p.participants.map(({ organisation: o }) => ({ code: o.code, name: o.name }))),
      );
      expect(row.partners).toEqual(
        p.partners.map((x) => ({
          type: x.type,
          name: x.name,
          place: x.place && {
            id: x.place.id,
            name: x.place.name,
            countryCode: x.place.countryCode,
            latitude: x.place.latitude,
            longitude: x.place.longitude,
            country: {
              code: x.place.country.code,
              nameSv: x.place.country.nameSv,
              nameEn: x.place.country.nameEn,
            },
          },
          country: x.country && { code: x.country.code, nameSv: x.country.nameSv, nameEn: x.country.nameEn },
          network: x.network && { name: x.network.name },
        })),
      );
      expect(byCode(row.areas)).toEqual(
        byCode(
          p.areas.map(({ area: a }) => ({
            code: a.code,
            position: a.position,
            nameSv: a.nameSv,
            nameEn: a.nameEn,
          })),
        ),
      );
      expect(byCode(row.fundingForms)).toEqual(
        byCode(
          p.fundingForms.map(({ fundingForm: f }) => ({
            code: f.code,
            position: f.position,
            nameSv: f.nameSv,
            nameEn: f.nameEn,
          })),
        ),
      );
    }
  });

  it("select what the directory's filters select on the pages", async () => {
    for (const query of [
      "",
      "avslutade=1",
      "typ=vanort",
      "land=fi",
      "lan=24",
      "q=vasa",
      "medlem=region",
      "fran=1990&till=2000",
      "aktivitet=okand&avslutade=1",
      "omrade=culture&typ=partnerskap",
    ]) {
      const expected = await db.partnership.findMany({
        where: partnershipWhere(filtersOf(query)),
        select: { id: true },
        orderBy: { id: "asc" },
      });
      expect(
        (await exported(query, 2)).map((r) => r.id),
        query,
      ).toEqual(expected.map((p) => p.id));
    }
    expect((await exported("typ=vanort")).every((r) => r.kind === "TWIN_TOWN")).toBe(true);
    expect((await exported("")).every((r) => r.endedOn === null)).toBe(true);
  });

  it("leave out removed partnerships, unreviewed imports, and members that have not confirmed", async () => {
    const [removed, imported, pending, shared] = await db.partnership.findMany({
      where: visiblePartnership,
      include: { participants: true },
      orderBy: { id: "asc" },
      take: 4,
    });
    await db.partnership.update({ where: { id: removed!.id }, data: { removedAt: new Date() } });
    await db.partnership.update({
      where: { id: imported!.id },
      data: { verification: "NEEDS_REVIEW", source: "Import av fil med SHA-256 abc, rad 2" },
    });
    // A partnership whose only member has not confirmed is nobody's yet.
    await db.partnershipParticipant.updateMany({
      where: { partnershipId: pending!.id },
      data: { confirmedAt: null },
    });
    // A second member asked to join, not yet confirmed: the partnership shows, that member does not.
    const other = await db.organisation.findFirstOrThrow({
      where: { id: { notIn: shared!.participants.map((p) => p.organisationId) } },
    });
    await db.partnershipParticipant.create({
      data: { partnershipId: shared!.id, organisationId: other.id, confirmedAt: null },
    });

    const rows = await exported("avslutade=1");
    const ids = rows.map((r) => r.id);
    expect(ids).not.toContain(removed!.id);
    expect(ids).not.toContain(imported!.id);
    expect(ids).not.toContain(pending!.id);
    expect(ids).toContain(shared!.id);
    expect(rows.find((r) => r.id === shared!.id)!.participants.map((p) => p.code)).not.toContain(other.code);
    const csv = await new Response(exportPartnershipsCsv(db, filtersOf("avslutade=1"), "en")).text();
    const csvIds = csv
      .split("\r\n")
      .slice(1, -1)
      .map((line) => Number(line.split(",")[0]));
    expect(csvIds).toEqual(ids);
    expect(csv).not.toContain(other.name);
  });
});

describe("the cursor's connection", () => {
  // One connection in all: a download that kept it would make the next one wait, then fail.
  const single = createPrismaClient(testDatabaseUrl(), 1);
  afterAll(() => single.$disconnect());

  it("goes back to the pool when the reader stops early, and when the rows end", async () => {
    const reader = exportPartnershipsCsv(single, filtersOf("avslutade=1"), "sv", {
      batchSize: 1,
    }).getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    const whole = await new Response(exportPartnershipsCsv(single, filtersOf(""), "sv")).text();
    expect(whole.split("\r\n").length).toBeGreaterThan(3);
    expect(await single.partnership.count()).toBeGreaterThan(0);
  });
});
