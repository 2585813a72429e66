import { readFile } from "node:fs/promises";
import path from "node:path";
import writeXlsxFile from "write-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commitImport, importActor } from "../../lib/import/commit";
import { importMunicipalityGroups } from "../../lib/import/municipality-groups";
import { previewImport, type ImportPreview } from "../../lib/import/preview";
import { UnreadableFileError } from "../../lib/import/read-file";
import { visiblePartnership } from "../../lib/partnerships/participation";
import { nationalKeyFigures } from "../../lib/stats/key-figures";
import { syntheticImportCsv, syntheticImportFileName } from "../../scripts/synthetic/import-file";
import { testDatabase } from "../support/database";

const db = testDatabase();
const FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "import");
const fixture = async (name: string) => ({
  name,
  bytes: new Uint8Array(await readFile(path.join(FIXTURES, name))),
});

const summary = (preview: ImportPreview) =>
  preview.rows.map((r) => ({
    line: r.line,
    status: r.status,
    member: r.member?.status === "matched" ? r.member.member.code : (r.member?.status ?? null),
    partner: r.partner?.status === "matched" ? r.partner.place.geonameId : (r.partner?.status ?? null),
    issues: r.issues.map((i) => i.code),
  }));

// Integration tests count the seed exactly: everything an import writes goes again afterwards.
const GROUPED = ["0114", "2480", "1885"];
let original: { id: number; municipalityGroupCode: string | null; version: number }[] = [];
beforeAll(async () => {
  original = await db.organisation.findMany({
    where: { code: { in: GROUPED } },
    select: { id: true, municipalityGroupCode: true, version: true },
  });
});
afterAll(async () => {
  await db.partnership.deleteMany({ where: { source: { startsWith: "Import av " } } });
  await db.auditEvent.deleteMany({ where: { actorLabel: { startsWith: "import:" } } });
  for (const o of original)
    await db.organisation.update({
      where: { id: o.id },
      data: { municipalityGroupCode: o.municipalityGroupCode, version: o.version },
    });
});

describe("previewImport of a messy CSV", () => {
  it("matches each row, says how sure it is, and what is wrong", async () => {
    const preview = await previewImport(db, await fixture("vanorter-messy.csv"), "all");
    expect(preview.columns).toEqual({
      member: 0,
      partner: 1,
      country: 2,
      kind: 3,
      startYear: 4,
      status: 5,
      areas: 6,
    });
    expect(preview.fileHash).toMatch(/^[0-9a-f]{64}$/);
    const rows = summary(preview);
    const byLine = Object.fromEntries(rows.map((r) => [r.line, r]));
    // Umeå–Vasa is in the seed already.
    expect(byLine[2]).toMatchObject({
      status: "duplicate",
      member: "2480",
      partner: 632978,
      issues: ["duplicate_existing"],
    });
    // "Gothenburg" is Göteborg; Bergen in Norway by its name.
    expect(byLine[3]).toMatchObject({ status: "ready", member: "1480", issues: [] });
    // A locality with its kommun in parentheses; Esbo is the Swedish name of Espoo.
    expect(byLine[4]).toMatchObject({ status: "ready", member: "1885", issues: [] });
    expect(preview.rows.find((r) => r.line === 4)!.partner).toMatchObject({
      status: "matched",
      place: { name: "Espoo", countryCode: "FI" },
    });
    // A code; "Århus" with the country in Swedish.
    expect(byLine[5]).toMatchObject({ status: "ready", member: "1480", issues: [] });
    // The empty line is skipped; line numbers stay those of the file.
    expect(byLine[6]).toBeUndefined();
    // Springfield without a country: many places, no guess.
    expect(byLine[7]).toMatchObject({
      status: "review",
      member: "1980",
      partner: "ambiguous",
      issues: ["partner_ambiguous"],
    });
    expect(byLine[8]).toMatchObject({
      status: "review",
      member: "2480",
      partner: "unmatched",
      issues: ["partner_unmatched"],
    });
    expect(byLine[9]).toMatchObject({ status: "invalid", member: "unmatched", issues: ["member_unmatched"] });
    // The same pair as line 3, spelled differently.
    expect(byLine[10]).toMatchObject({ status: "duplicate", member: "1480", issues: ["duplicate_in_file"] });
    expect(byLine[11]).toMatchObject({ status: "invalid", issues: ["start_year_invalid"] });
    expect(byLine[12]).toMatchObject({ status: "invalid", issues: ["kind_unknown"] });
    const tromso = preview.rows.find((r) => r.line === 13)!;
    expect(tromso).toMatchObject({
      status: "ready",
      kind: "OTHER",
      activityLevel: "ACTIVE",
      startYear: 2001,
      areaCodes: ["culture", "environment", "gastronomy"],
      countryCode: "NO",
    });
    expect(preview.counts).toEqual({ ready: 4, review: 2, invalid: 3, duplicate: 2 });
    // Confidence: matched by code and name with a country is surest; parentheses less so.
    expect(preview.rows.find((r) => r.line === 5)!.confidence).toBeCloseTo(0.95);
    expect(preview.rows.find((r) => r.line === 4)!.confidence).toBeCloseTo(0.8);
    expect(preview.rows.find((r) => r.line === 7)!.confidence).toBe(0);
  });

  it("marks rows of other members out of scope for an officer", async () => {
    const umea = await db.organisation.findUniqueOrThrow({ where: { code: "2480" } });
    const preview = await previewImport(db, await fixture("vanorter-messy.csv"), {
      organisationIds: [umea.id],
    });
    const line3 = preview.rows.find((r) => r.line === 3)!;
    expect(line3.status).toBe("invalid");
    expect(line3.issues.map((i) => i.code)).toContain("member_out_of_scope");
    expect(preview.rows.find((r) => r.line === 13)!.status).toBe("ready");
  });

  it("refuses a file that is not a spreadsheet, and one without the needed columns", async () => {
    await expect(
      previewImport(
        db,
        { name: "bild.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) },
        "all",
      ),
    ).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(
      previewImport(db, { name: "tom.csv", bytes: new Uint8Array() }, "all"),
    ).rejects.toMatchObject({ reason: "empty" });
    const noColumns = await previewImport(
      db,
      { name: "x.csv", bytes: new TextEncoder().encode("Namn;Telefon\nAnna;123\n") },
      "all",
    );
    expect(noColumns.issues).toEqual([{ code: "missing_columns" }]);
    expect(noColumns.rows).toEqual([]);
  });
});

describe("commitImport", () => {
  it("saves ready and review rows as unverified partnerships in one transaction, audited, and a re-import adds nothing", async () => {
    const partnershipsBefore = await db.partnership.count();
    const file = await fixture("vanorter-messy.csv");
    const preview = await previewImport(db, file, "all");
    const actor = importActor(file.name);
    const result = await commitImport(db, preview, { actor, scope: "all" });
    expect(result.created.map((c) => c.line)).toEqual([3, 4, 5, 7, 8, 13]);
    expect(result.skipped).toEqual([
      { line: 2, reason: "duplicate" },
      { line: 9, reason: "invalid" },
      { line: 10, reason: "duplicate" },
      { line: 11, reason: "invalid" },
      { line: 12, reason: "invalid" },
    ]);
    expect(await db.partnership.count()).toBe(partnershipsBefore + 6);

    const created = await db.partnership.findMany({
      where: { id: { in: result.created.map((c) => c.partnershipId) } },
      include: { partners: true, participants: true, areas: true },
      orderBy: { id: "asc" },
    });
    expect(created.every((p) => p.verification === "NEEDS_REVIEW")).toBe(true);
    // The source is public once a row is confirmed: the file's hash, never its name.
    expect(created[0]!.source).toBe(`Import av fil med SHA-256 ${preview.fileHash.slice(0, 12)}, rad 3`);
    expect(created[0]!.reviewNote).toContain("vanorter-messy.csv");
    expect(created[0]!.partners[0]).toMatchObject({ type: "PLACE", name: "Bergen" });
    // Not certain: saved under the given name, with the candidates for the reviewer.
    const springfield = created.find((p) => p.partners[0]!.name === "Springfield")!;
    expect(springfield.partners[0]).toMatchObject({ type: "FREE_TEXT", placeId: null });
    expect(springfield.reviewNote).toMatch(/Möjliga orter: Springfield, US/);
    const xyzzy = created.find((p) => p.partners[0]!.name === "Xyzzyville")!;
    expect(xyzzy.partners[0]).toMatchObject({ type: "FREE_TEXT", countryCode: "CA" });

    // Published only once confirmed: no public read (Prisma or SQL) sees the rows before.
    const ids = created.map((p) => p.id);
    const shown = async () =>
      (await db.partnership.findMany({ where: { ...visiblePartnership, id: { in: ids } } })).map((p) => p.id);
    const figures = await nationalKeyFigures(db);
    expect(await shown()).toEqual([]);
    await db.partnership.update({ where: { id: ids[0] }, data: { verification: "VERIFIED" } });
    expect(await shown()).toEqual([ids[0]]);
    expect((await nationalKeyFigures(db)).currentPartnerships).toBe(figures.currentPartnerships + 1);

    const audits = await db.auditEvent.findMany({ where: { actorLabel: "import:vanorter-messy.csv" } });
    expect(audits.filter((a) => a.entityType === "Partnership" && a.action === "CREATE")).toHaveLength(6);
    expect(audits.filter((a) => a.entityType === "Import")).toEqual([
      expect.objectContaining({ entityId: preview.fileHash }),
    ]);

    // The same file again: every row is a duplicate now.
    const again = await previewImport(db, file, "all");
    expect(again.counts.ready + again.counts.review).toBe(0);
    const second = await commitImport(db, again, { actor, scope: "all" });
    expect(second.created).toEqual([]);
    expect(await db.partnership.count()).toBe(partnershipsBefore + 6);
  });

  it("reads an XLSX file with English headings and numbers as numbers", async () => {
    const buffer = await writeXlsxFile([
      [
        { value: "Municipality" },
        { value: "Twin town" },
        { value: "Country" },
        { value: "Type" },
        { value: "Since" },
      ],
      [
        { value: "Gothenburg" },
        { value: "Turku" },
        { value: "Finland" },
        { value: "Twin town" },
        { value: 1946, type: Number },
      ],
      [
        { value: "Lindesberg" },
        { value: "Espoo" },
        { value: "FI" },
        { value: "" },
        { value: 1972, type: Number },
      ],
    ]).toBuffer();
    const preview = await previewImport(db, { name: "vanorter.xlsx", bytes: new Uint8Array(buffer) }, "all");
    expect(summary(preview).map((r) => [r.line, r.status, r.member])).toEqual([
      [2, "ready", "1480"],
      [3, "duplicate", "1885"], // committed from the CSV above
    ]);
    expect(preview.rows[0]).toMatchObject({ startYear: 1946, kind: "TWIN_TOWN", countryCode: "FI" });
    expect(preview.rows[0]!.partner).toMatchObject({ status: "matched", place: { name: "Turku" } });
  });

  it("writes only accepted lines, and never a member outside the officer's scope", async () => {
    const umea = await db.organisation.findUniqueOrThrow({ where: { code: "2480" } });
    const file = {
      name: "urval.csv",
      bytes: new TextEncoder().encode(
        "Kommun;Vänort;Land\nUmeå;Tartu;Estland\nUmeå;Riga;Lettland\nGöteborg;Lyon;Frankrike\n",
      ),
    };
    const preview = await previewImport(db, file, "all");
    expect(preview.counts.ready).toBe(3);
    const result = await commitImport(db, preview, {
      actor: importActor(file.name),
      scope: { organisationIds: [umea.id] },
      lines: [2, 4],
    });
    expect(result.created.map((c) => c.line)).toEqual([2]);
    expect(result.skipped).toEqual([
      { line: 3, reason: "not_accepted" },
      { line: 4, reason: "out_of_scope" },
    ]);
  });
});

describe("importMunicipalityGroups", () => {
  it("assigns kommungrupper by code, name and group name, audited", async () => {
    const result = await importMunicipalityGroups(
      db,
      await fixture("kommungrupper.csv"),
      importActor("kommungrupper.csv"),
    );
    expect(result).toEqual({ ok: true, updated: 3, unchanged: 0 });
    const groups = await db.organisation.findMany({
      where: { code: { in: ["0114", "2480", "1885"] } },
      select: { code: true, municipalityGroupCode: true },
      orderBy: { code: "asc" },
    });
    expect(groups).toEqual([
      { code: "0114", municipalityGroupCode: "A2" },
      { code: "1885", municipalityGroupCode: "C7" },
      { code: "2480", municipalityGroupCode: "B3" },
    ]);
    expect(
      await db.auditEvent.count({
        where: { actorLabel: "import:kommungrupper.csv", entityType: "Organisation" },
      }),
    ).toBe(3);
    expect(
      await importMunicipalityGroups(
        db,
        await fixture("kommungrupper.csv"),
        importActor("kommungrupper.csv"),
      ),
    ).toEqual({ ok: true, updated: 0, unchanged: 3 });
  });

  it("changes nothing when any row is wrong, and says which", async () => {
    await db.organisation.update({ where: { code: "0114" }, data: { municipalityGroupCode: null } });
    const result = await importMunicipalityGroups(
      db,
      await fixture("kommungrupper-fel.csv"),
      importActor("kommungrupper-fel.csv"),
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { line: 3, code: "group_unknown", value: "X9" },
        { line: 4, code: "member_unmatched", value: "Narnia" },
      ],
    });
    expect(
      (await db.organisation.findUniqueOrThrow({ where: { code: "0114" } })).municipalityGroupCode,
    ).toBeNull();
  });
});

describe("a long file", () => {
  it("commits thousands of rows in its one transaction, each partnership audited", async () => {
    const rows = 2_000;
    const places = await db.$queryRaw<{ name: string; countryCode: string }[]>`
      SELECT "name", "countryCode" FROM "Place" WHERE "countryCode" <> 'SE' ORDER BY "population" DESC, "id" LIMIT ${rows}`;
    const file = {
      name: syntheticImportFileName(rows),
      bytes: new TextEncoder().encode(
        syntheticImportCsv(
          rows,
          places.map((p) => [p.name, p.countryCode] as const),
        ),
      ),
    };
    const preview = await previewImport(db, file, "all");
    const result = await commitImport(db, preview, { actor: importActor(file.name), scope: "all" });
    expect(result.created).toHaveLength(preview.counts.ready + preview.counts.review);
    expect(result.created.length).toBeGreaterThan(1_500);
    const source = `Import av fil med SHA-256 ${preview.fileHash.slice(0, 12)}`;
    expect(await db.partnership.count({ where: { source: { startsWith: source } } })).toBe(
      result.created.length,
    );
    // Each in the order of the file, with its own participant, partner and audit record.
    const lines = result.created.map((c) => c.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const last = result.created.at(-1)!;
    const row = preview.rows.find((r) => r.line === last.line)!;
    const stored = await db.partnership.findUniqueOrThrow({
      where: { id: last.partnershipId },
      include: { participants: true, partners: true },
    });
    expect(stored).toMatchObject({
      source: expect.stringContaining(`rad ${last.line}`),
      participants: [{ organisationId: row.member?.status === "matched" ? row.member.member.id : -1 }],
    });
    expect(stored.partners[0]!.name).toBe(row.values.partner);
    const audits = await db.auditEvent.count({
      where: {
        entityType: "Partnership",
        action: "CREATE",
        entityId: { in: result.created.map((c) => String(c.partnershipId)) },
      },
    });
    expect(audits).toBe(result.created.length);
  }, 300_000);
});
