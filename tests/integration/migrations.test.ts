import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testDatabase } from "../support/database";

const db = testDatabase();

describe("migrations", () => {
  it("applied every committed migration to the empty database", async () => {
    const committed = readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const applied = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
    expect(applied.map((m) => m.migration_name)).toEqual(committed);
  });

  it("sorts names with Swedish collation: å, ä, ö last and in that order", async () => {
    const names = await db.organisation.findMany({
      where: { shortName: { in: ["Hörby", "Hässleholm", "Håbo", "Habo", "Örebro", "Älmhult", "Åre"] } },
      orderBy: { shortName: "asc" },
    });
    expect(names.map((o) => o.shortName)).toEqual([
      "Habo",
      "Håbo",
      "Hässleholm",
      "Hörby",
      "Åre",
      "Älmhult",
      "Örebro",
    ]);
  });

  it("installed pg_trgm and the gazetteer's search indexes", async () => {
    const extensions = await db.$queryRaw<
      { extname: string }[]
    >`SELECT extname::text AS extname FROM pg_extension`;
    expect(extensions.map((e) => e.extname)).toContain("pg_trgm");
    const indexes = await db.$queryRaw<
      { indexdef: string }[]
    >`SELECT indexdef FROM pg_indexes WHERE tablename = 'Place'`;
    expect(indexes.map((i) => i.indexdef).join("\n")).toMatch(/gin \("searchText" gin_trgm_ops\)/);
  });

  it("enforces that a partner is exactly one kind of thing", async () => {
    const partnership = await db.partnership.create({ data: { kind: "TWIN_TOWN" } });
    try {
      await expect(
        db.partnershipPartner.create({
          data: { partnershipId: partnership.id, type: "PLACE", countryCode: "FI" },
        }),
      ).rejects.toThrow();
      await expect(
        db.partnershipPartner.create({ data: { partnershipId: partnership.id, type: "FREE_TEXT" } }),
      ).rejects.toThrow();
    } finally {
      await db.partnership.delete({ where: { id: partnership.id } });
    }
  });

  it("refuses an end date before the start year", async () => {
    await expect(
      db.partnership.create({
        data: { kind: "TWIN_TOWN", startYear: 2010, endedOn: new Date("2005-01-01") },
      }),
    ).rejects.toThrow();
  });
});
