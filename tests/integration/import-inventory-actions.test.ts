import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser, type SessionUser } from "../../lib/auth/session-user";
import {
  MAX_IMPORT_BYTES,
  submitImportCommit,
  submitImportPreview,
  submitMunicipalityGroupImport,
  type ImportState,
} from "../../lib/manage/import-actions";
import {
  submitCloseRound,
  submitInventoryResponse,
  submitOpenRound,
  submitRoundReminder,
} from "../../lib/manage/inventory-actions";
import { importReviewQueue } from "../../lib/import/review-queue";
import { swedishToday } from "../../lib/partnerships/rules";
import { testDatabase } from "../support/database";

// The handlers behind the import and inventory pages' server actions, called as the actions
// call them: a demo user from the seed (or null when signed out) and the FormData a form posts.
// Everything written here is removed again: later files count the seed's rows exactly.
const db = testDatabase();
const FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "import");
const fixtureFile = async (name: string) =>
  new File([await readFile(path.join(FIXTURES, name))], name, { type: "text/csv" });

const form = (fields: Record<string, string | number | Blob | (string | number)[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value instanceof Blob) data.append(key, value);
    else for (const v of Array.isArray(value) ? value : [value]) data.append(key, String(v));
  }
  return data;
};

let admin: SessionUser;
let umeaOfficer: SessionUser;
let sollefteaOfficer: SessionUser;
let umea: { id: number; lastReviewedOn: Date | null; version: number };
let groupsBefore: { id: number; municipalityGroupCode: string | null; version: number }[];
let lastAuditId = 0n;

async function demoUser(email: string) {
  const row = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadSessionUser(db, row.id))!;
}

beforeAll(async () => {
  admin = await demoUser("admin@example.org");
  umeaOfficer = await demoUser("umea@example.org");
  sollefteaOfficer = await demoUser("solleftea@example.org");
  umea = await db.organisation.findUniqueOrThrow({
    where: { code: "2480" },
    select: { id: true, lastReviewedOn: true, version: true },
  });
  groupsBefore = await db.organisation.findMany({
    where: { code: { in: ["0114", "2480", "1885"] } },
    select: { id: true, municipalityGroupCode: true, version: true },
  });
  lastAuditId = (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
});

afterAll(async () => {
  await db.partnership.deleteMany({ where: { source: { startsWith: "Import av " } } });
  await db.inventoryRound.deleteMany({});
  await db.auditEvent.deleteMany({ where: { id: { gt: lastAuditId } } });
  await db.organisation.update({
    where: { id: umea.id },
    data: { lastReviewedOn: umea.lastReviewedOn, version: umea.version },
  });
  for (const o of groupsBefore)
    await db.organisation.update({
      where: { id: o.id },
      data: { municipalityGroupCode: o.municipalityGroupCode, version: o.version },
    });
});

const counts = async () => ({
  partnerships: await db.partnership.count(),
  audits: await db.auditEvent.count(),
});

/** The commit form as the preview page renders it: the carried file and the ticked lines. */
function commitForm(state: ImportState, fields: Record<string, string | number | (string | number)[]> = {}) {
  return form({
    fileName: state.file!.name,
    fileHash: state.file!.hash,
    fileData: state.file!.data,
    ...fields,
  });
}

describe("import: preview", () => {
  it("refuses the signed-out, a missing, too large or unreadable file, and writes nothing", async () => {
    const before = await counts();
    const file = await fixtureFile("umea-messy.csv");
    expect(await submitImportPreview(db, null, form({ file }))).toEqual({ status: "unauthenticated" });
    expect(await submitImportPreview(db, umeaOfficer, form({}))).toEqual({
      status: "invalid",
      error: "file_missing",
    });
    const big = new File([new Uint8Array(MAX_IMPORT_BYTES + 1).fill(65)], "big.csv");
    expect(await submitImportPreview(db, umeaOfficer, form({ file: big }))).toEqual({
      status: "invalid",
      error: "file_too_large",
    });
    const binary = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2])], "list.pdf");
    expect(await submitImportPreview(db, umeaOfficer, form({ file: binary }))).toEqual({
      status: "invalid",
      error: "file_format",
    });
    expect(await counts()).toEqual(before);
  });

  it("shows an officer each row's match, with other members' rows out of scope", async () => {
    const state = await submitImportPreview(
      db,
      umeaOfficer,
      form({ file: await fixtureFile("umea-messy.csv") }),
    );
    expect(state.status).toBe("preview");
    expect(state.file!.hash).toMatch(/^[0-9a-f]{64}$/);
    const rows = Object.fromEntries(state.preview!.rows.map((r) => [r.line, r]));
    expect(rows[2]).toMatchObject({ status: "duplicate" });
    expect(rows[3]).toMatchObject({
      status: "ready",
      partner: { status: "matched", place: { countryCode: "NO" } },
    });
    expect(rows[5]).toMatchObject({ status: "review", partner: { status: "ambiguous" } });
    expect(rows[6]!.issues.map((i) => i.code)).toContain("member_out_of_scope");
    expect(state.preview!.counts).toEqual({ ready: 1, review: 1, invalid: 1, duplicate: 1 });
  });
});

describe("import: commit", () => {
  it("refuses a changed file, no ticked row, or a candidate that is not the row's", async () => {
    const before = await counts();
    const state = await submitImportPreview(
      db,
      umeaOfficer,
      form({ file: await fixtureFile("umea-messy.csv") }),
    );
    expect(await submitImportCommit(db, null, commitForm(state, { accept: [3] }))).toEqual({
      status: "unauthenticated",
    });
    const forged = commitForm(state, { accept: [3] });
    forged.set("fileData", Buffer.from("Kommun,Vänort\nSollefteå,Åbo\n").toString("base64"));
    expect(await submitImportCommit(db, umeaOfficer, forged)).toMatchObject({
      status: "invalid",
      error: "file_changed",
    });
    expect(await submitImportCommit(db, umeaOfficer, commitForm(state))).toMatchObject({
      status: "invalid",
      error: "nothing_accepted",
    });
    expect(
      await submitImportCommit(db, umeaOfficer, commitForm(state, { accept: [5], "candidate-5": "2643743" })),
    ).toMatchObject({ status: "invalid", error: "candidate_unknown" });
    expect(await counts()).toEqual(before);
  });

  it("another organisation's officer cannot import Umeå's rows", async () => {
    const before = await counts();
    const state = await submitImportPreview(
      db,
      sollefteaOfficer,
      form({ file: await fixtureFile("umea-messy.csv") }),
    );
    expect(state.preview!.rows.filter((r) => r.status !== "invalid").map((r) => r.line)).toEqual([6]);
    const committed = await submitImportCommit(
      db,
      sollefteaOfficer,
      commitForm(state, { accept: [2, 3, 5] }),
    );
    expect(committed.result!.created).toEqual([]);
    expect((await counts()).partnerships).toBe(before.partnerships);
  });

  it("writes the ticked rows as unverified, with a chosen candidate as the place; a second commit creates nothing", async () => {
    const state = await submitImportPreview(
      db,
      umeaOfficer,
      form({ file: await fixtureFile("umea-messy.csv") }),
    );
    const springfield = state.preview!.rows.find((r) => r.line === 5)!;
    const chosen = springfield.partner!.candidates[0]!;
    const committed = await submitImportCommit(
      db,
      umeaOfficer,
      commitForm(state, { accept: [2, 3, 5, 6], "candidate-5": chosen.geonameId }),
    );
    expect(committed.status).toBe("committed");
    expect(committed.result!.created.map((c) => c.line)).toEqual([3, 5]);
    expect(committed.result!.skipped).toEqual([
      { line: 2, reason: "duplicate" },
      { line: 6, reason: "invalid" },
    ]);
    const created = await db.partnership.findMany({
      where: { id: { in: committed.result!.created.map((c) => c.partnershipId) } },
      include: { partners: true, participants: true },
      orderBy: { id: "asc" },
    });
    expect(
      created.map((p) => [p.verification, p.participants[0]!.organisationId, p.partners[0]!.type]),
    ).toEqual([
      ["NEEDS_REVIEW", umea.id, "PLACE"],
      ["NEEDS_REVIEW", umea.id, "PLACE"],
    ]);
    expect(created[1]!.partners[0]!.placeId).toBe(chosen.geonameId);

    // The review queue lists them for Umeå's officer and the administrator, not for Sollefteå's.
    expect(
      (await importReviewQueue(db, { organisationIds: umeaOfficer.organisationIds })).map((i) => i.id),
    ).toEqual(created.map((p) => p.id));
    expect((await importReviewQueue(db, "all")).map((i) => i.id)).toEqual(created.map((p) => p.id));
    expect(await importReviewQueue(db, { organisationIds: sollefteaOfficer.organisationIds })).toEqual([]);

    const again = await submitImportCommit(
      db,
      umeaOfficer,
      commitForm(state, { accept: [3, 5], "candidate-5": chosen.geonameId }),
    );
    expect(again.result!.created).toEqual([]);
    expect(again.result!.skipped.map((s) => s.reason)).toEqual([
      "not_accepted",
      "duplicate",
      "duplicate",
      "not_accepted",
    ]);
  });
});

describe("kommungrupp import", () => {
  it("is for administrators only, refuses a file with wrong rows and imports a correct one", async () => {
    const file = () => fixtureFile("kommungrupper.csv");
    expect(await submitMunicipalityGroupImport(db, null, form({ file: await file() }))).toEqual({
      status: "unauthenticated",
    });
    expect(await submitMunicipalityGroupImport(db, umeaOfficer, form({ file: await file() }))).toEqual({
      status: "forbidden",
    });
    const wrong = await submitMunicipalityGroupImport(
      db,
      admin,
      form({ file: await fixtureFile("kommungrupper-fel.csv") }),
    );
    expect(wrong.status).toBe("invalid");
    expect(wrong.groups).toMatchObject({ ok: false });
    const done = await submitMunicipalityGroupImport(db, admin, form({ file: await file() }));
    expect(done).toMatchObject({ status: "committed", groups: { ok: true } });
  });
});

describe("inventory round forms", () => {
  const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

  it("opening: administrators only, with a name and a deadline from today on, one round at a time", async () => {
    expect(await submitOpenRound(db, null, form({ name: "Inventering 2026", deadline: tomorrow() }))).toEqual(
      { status: "unauthenticated" },
    );
    expect(
      await submitOpenRound(db, umeaOfficer, form({ name: "Inventering 2026", deadline: tomorrow() })),
    ).toEqual({ status: "forbidden" });
    // No question ticked posts no "questions" at all.
    expect(await submitOpenRound(db, admin, form({ name: " ", deadline: "2000-01-01" }))).toEqual({
      status: "invalid",
      fieldErrors: {
        name: [{ code: "roundName" }],
        deadline: [{ code: "roundDeadline", values: { today: swedishToday() } }],
        questions: [{ code: "questionsRequired" }],
      },
      values: { name: " ", deadline: "2000-01-01" },
    });
    expect(
      await submitOpenRound(
        db,
        admin,
        form({ name: "Inventering 2026", deadline: "not a date", questions: ["obstacles", "weather"] }),
      ),
    ).toEqual({
      status: "invalid",
      fieldErrors: { deadline: [{ code: "roundDeadlineFormat" }], questions: [{ code: "questionUnknown" }] },
      values: { name: "Inventering 2026", deadline: "not a date", questions: ["obstacles", "weather"] },
    });
    expect(
      await submitOpenRound(
        db,
        admin,
        form({ name: "Inventering 2026", deadline: tomorrow(), questions: ["obstacles", "obstacles"] }),
      ),
    ).toMatchObject({
      status: "invalid",
      fieldErrors: { questions: [{ code: "questionRepeated" }] },
    });
    expect(await db.inventoryRound.count()).toBe(0);
    // The administrator asks only some of the questions.
    const opened = await submitOpenRound(
      db,
      admin,
      form({
        name: "Inventering 2026",
        deadline: tomorrow(),
        questions: ["addedValue", "obstacleKinds", "obstacles"],
      }),
    );
    expect(opened).toMatchObject({ status: "saved" });
    expect(await db.inventoryRound.findFirstOrThrow({ where: { status: "OPEN" } })).toMatchObject({
      questions: { questions: ["obstacles", "obstacleKinds", "addedValue"] },
    });
    expect(
      await submitOpenRound(
        db,
        admin,
        form({ name: "En till", deadline: tomorrow(), questions: "obstacles" }),
      ),
    ).toMatchObject({ status: "invalid", fieldErrors: { form: [{ code: "roundAlreadyOpen" }] } });
  });

  it("answering: only for one's own organisation, with the entries confirmed; it records the answers and the review date", async () => {
    const round = await db.inventoryRound.findFirstOrThrow({ where: { status: "OPEN" } });
    const answer = (fields: Record<string, string | number | string[]> = {}) =>
      form({
        roundId: round.id,
        organisationId: umea.id,
        confirmedEntries: "on",
        obstacles: "YES",
        obstacleKinds: ["LACK_OF_TIME", "LACK_OF_FUNDING"],
        addedValue: ["INFLUENCE"],
        comment: " Bra ",
        ...fields,
      });
    expect(await submitInventoryResponse(db, null, answer())).toEqual({ status: "unauthenticated" });
    expect(await submitInventoryResponse(db, sollefteaOfficer, answer())).toMatchObject({
      status: "forbidden",
    });
    const noConfirm = answer();
    noConfirm.delete("confirmedEntries");
    expect(await submitInventoryResponse(db, umeaOfficer, noConfirm)).toMatchObject({
      status: "invalid",
      fieldErrors: { confirmedEntries: [{ code: "confirmEntries" }] },
    });
    expect(await submitInventoryResponse(db, umeaOfficer, answer({ obstacles: "MAYBE" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { obstacles: [{ code: "inventoryOptionInvalid" }] },
    });
    // The round does not ask about coordination: a posted answer to it is refused, not dropped.
    expect(
      await submitInventoryResponse(db, umeaOfficer, answer({ coordination: ["STEERING_GROUP"] })),
    ).toMatchObject({ status: "invalid", fieldErrors: { form: [{ code: "questionNotAsked" }] } });
    expect(
      await submitInventoryResponse(db, umeaOfficer, answer({ comment: "x".repeat(2001) })),
    ).toMatchObject({
      status: "invalid",
      fieldErrors: { comment: [{ code: "tooLong", values: { field: "inventoryComment", max: 2000 } }] },
    });
    expect(await submitInventoryResponse(db, umeaOfficer, answer({ roundId: 999999 }))).toMatchObject({
      status: "not_found",
    });
    expect(await db.inventoryResponse.count()).toBe(0);

    expect(await submitInventoryResponse(db, umeaOfficer, answer())).toEqual({
      status: "saved",
      savedId: umea.id,
    });
    const stored = await db.inventoryResponse.findUniqueOrThrow({
      where: { roundId_organisationId: { roundId: round.id, organisationId: umea.id } },
    });
    expect(stored.answers).toEqual({
      confirmedEntries: true,
      obstacles: "YES",
      obstacleKinds: ["LACK_OF_TIME", "LACK_OF_FUNDING"],
      addedValue: ["INFLUENCE"],
      comment: "Bra",
    });
    expect(
      (await db.organisation.findUniqueOrThrow({ where: { id: umea.id } })).lastReviewedOn
        ?.toISOString()
        .slice(0, 10),
    ).toBe(new Date().toISOString().slice(0, 10));
  });

  it("reminders and closing: administrators only; a closed round takes no answers", async () => {
    const round = await db.inventoryRound.findFirstOrThrow({ where: { status: "OPEN" } });
    expect(await submitRoundReminder(db, null, form({ roundId: round.id }))).toEqual({
      status: "unauthenticated",
    });
    expect(await submitRoundReminder(db, umeaOfficer, form({ roundId: round.id }))).toEqual({
      status: "forbidden",
    });
    expect(await submitRoundReminder(db, admin, form({ roundId: "x" }))).toMatchObject({
      status: "not_found",
    });
    // No SMTP_URL here: the reminder is recorded and the answer says no mail went (tests/integration/mail.test.ts mails it).
    expect(
      await submitRoundReminder(db, admin, form({ roundId: round.id, note: "E-post till alla" })),
    ).toEqual({
      status: "saved",
      savedId: round.id,
      notices: [{ key: "reminderNotMailed", values: {} }],
    });
    const reminder = await db.inventoryReminder.findFirstOrThrow({ where: { roundId: round.id } });
    expect(reminder).toMatchObject({
      note: "E-post till alla",
      recipients: (await db.organisation.count()) - 1,
    });

    expect(await submitCloseRound(db, null, form({ roundId: round.id }))).toEqual({
      status: "unauthenticated",
    });
    expect(await submitCloseRound(db, umeaOfficer, form({ roundId: round.id }))).toEqual({
      status: "forbidden",
    });
    // Closing cannot be undone: without the ticked "I understand" the round stays open.
    expect(await submitCloseRound(db, admin, form({ roundId: round.id }))).toMatchObject({
      status: "invalid",
      fieldErrors: { understood: [{ code: "closeNotConfirmed" }] },
    });
    expect(await submitCloseRound(db, admin, form({ roundId: round.id, understood: "yes" }))).toMatchObject({
      status: "invalid",
    });
    expect((await db.inventoryRound.findUniqueOrThrow({ where: { id: round.id } })).status).toBe("OPEN");
    expect(await submitCloseRound(db, admin, form({ roundId: round.id, understood: "on" }))).toEqual({
      status: "saved",
      savedId: round.id,
    });
    expect(await db.inventoryRound.findUniqueOrThrow({ where: { id: round.id } })).toMatchObject({
      status: "CLOSED",
      snapshot: expect.anything(),
    });
    expect(await submitCloseRound(db, admin, form({ roundId: round.id, understood: "on" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { form: [{ code: "roundClosed" }] },
    });
    expect(
      await submitInventoryResponse(
        db,
        umeaOfficer,
        form({ roundId: round.id, organisationId: umea.id, confirmedEntries: "on" }),
      ),
    ).toMatchObject({
      status: "invalid",
      fieldErrors: { form: [{ code: "roundClosed" }] },
    });
  });
});
