// The officer's tasks (lib/tasks/dashboard-tasks.ts), the questions that depend on the member
// (lib/inventory/answer-context.ts) and the administrator's member search
// (lib/manage/member-search.ts), against the seed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser, type SessionUser } from "../../lib/auth/session-user";
import { filterMemberRows, loadMemberRows, parseMemberFilters } from "../../lib/manage/member-search";
import { answerContext } from "../../lib/inventory/answer-context";
import { openRound, recordResponse } from "../../lib/inventory/rounds";
import { dashboardTasks } from "../../lib/tasks/dashboard-tasks";
import { testDatabase } from "../support/database";

const db = testDatabase();
const ACTOR = { label: "test:officer-tasks" };
const tomorrow = () => new Date(Date.now() + 86_400_000);

let umeaOfficer: SessionUser;
let umea: { id: number; name: string; slug: string; lastReviewedOn: Date | null; version: number };
let withoutPartnerships: { id: number; lastReviewedOn: Date | null; version: number };
let imported: { id: number; verification: "VERIFIED" | "NEEDS_REVIEW"; source: string | null };
let requested: { partnershipId: number; organisationId: number };

beforeAll(async () => {
  const user = await db.user.findUniqueOrThrow({ where: { email: "umea@example.org" } });
  umeaOfficer = (await loadSessionUser(db, user.id))!;
  umea = await db.organisation.findUniqueOrThrow({
    where: { code: "2480" },
    select: { id: true, name: true, slug: true, lastReviewedOn: true, version: true },
  });
  withoutPartnerships = await db.organisation.findFirstOrThrow({
    where: { participations: { none: {} } },
    select: { id: true, lastReviewedOn: true, version: true },
    orderBy: { code: "asc" },
  });
  imported = await db.partnership.findFirstOrThrow({
    where: { removedAt: null, participants: { some: { organisationId: umea.id } } },
    select: { id: true, verification: true, source: true },
    orderBy: { id: "asc" },
  });
  // Another member's partnership that Umeå is asked to join.
  const other = await db.partnership.findFirstOrThrow({
    where: { removedAt: null, participants: { every: { organisationId: { not: umea.id } } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  requested = { partnershipId: other.id, organisationId: umea.id };
});

afterAll(async () => {
  await db.inventoryRound.deleteMany({});
  await db.partnershipParticipant.deleteMany({ where: { ...requested, confirmedAt: null } });
  await db.partnership.update({
    where: { id: imported.id },
    data: { verification: imported.verification, source: imported.source },
  });
  for (const o of [umea, withoutPartnerships])
    await db.organisation.update({
      where: { id: o.id },
      data: { lastReviewedOn: o.lastReviewedOn, version: o.version },
    });
  await db.auditEvent.deleteMany({ where: { actorLabel: ACTOR.label } });
});

const member = () => ({ id: umea.id, name: umea.name, slug: umea.slug });

describe("the officer's tasks", () => {
  it("lists nothing when nothing waits", async () => {
    expect(await dashboardTasks(db, umeaOfficer, [member()], { inventory: true })).toEqual([]);
  });

  it("lists the open round with its deadline, a pending request and rows awaiting review; an answered round last", async () => {
    const opened = await openRound(db, { name: "Inventering 2026", deadline: tomorrow() }, ACTOR);
    expect(opened.ok).toBe(true);
    await db.partnershipParticipant.create({ data: { ...requested, confirmedAt: null } });
    await db.partnership.update({
      where: { id: imported.id },
      data: { verification: "NEEDS_REVIEW", source: "Import av test.csv (sha256 0)" },
    });
    const tasks = await dashboardTasks(db, umeaOfficer, [member()], { inventory: true });
    expect(tasks.map((t) => t.kind)).toEqual(["inventory", "participation", "importReview"]);
    expect(tasks[0]).toMatchObject({
      member: member(),
      round: { name: "Inventering 2026", deadline: expect.any(Date) },
      answeredAt: null,
    });
    expect(tasks[1]).toMatchObject({ kind: "participation", count: 1 });
    expect(tasks[2]).toMatchObject({ kind: "importReview", count: 1 });
    // The administrator's dashboard leaves the round out.
    expect(
      (await dashboardTasks(db, umeaOfficer, [member()], { inventory: false })).map((t) => t.kind),
    ).toEqual(["participation", "importReview"]);

    const round = await db.inventoryRound.findFirstOrThrow({ where: { status: "OPEN" } });
    const answer = await recordResponse(
      db,
      { roundId: round.id, organisationId: umea.id, answers: { confirmedEntries: true } },
      ACTOR,
      { organisationIds: [umea.id] },
    );
    expect(answer.ok).toBe(true);
    const after = await dashboardTasks(db, umeaOfficer, [member()], { inventory: true });
    expect(after.map((t) => t.kind)).toEqual(["participation", "importReview", "inventory"]);
    expect(after[2]).toMatchObject({ kind: "inventory", answeredAt: expect.any(Date) });
  });
});

describe("questions that depend on the member", () => {
  it("does not take 'why have you none' from a member with twin towns, and takes it from one without", async () => {
    const round = await db.inventoryRound.findFirstOrThrow({ where: { status: "OPEN" } });
    expect(await answerContext(db, umea.id)).toEqual({ hasPartnerships: true });
    expect(await answerContext(db, withoutPartnerships.id)).toEqual({ hasPartnerships: false });
    const why = { confirmedEntries: true, reasonsForNone: ["LACK_OF_TIME"] };
    expect(
      await recordResponse(db, { roundId: round.id, organisationId: umea.id, answers: why }, ACTOR, "all"),
    ).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { form: [{ code: "reasonsForNoneNotApplicable" }] },
    });
    expect(
      await recordResponse(
        db,
        {
          roundId: round.id,
          organisationId: umea.id,
          answers: { ...why, reasonsForNone: undefined, obstacles: "NO", obstacleKinds: ["OTHER"] },
        },
        ACTOR,
        "all",
      ),
    ).toMatchObject({ ok: false, fieldErrors: { obstacleKinds: [{ code: "obstacleKindsWithoutYes" }] } });
    expect(
      await recordResponse(
        db,
        { roundId: round.id, organisationId: withoutPartnerships.id, answers: why },
        ACTOR,
        "all",
      ),
    ).toMatchObject({ ok: true });
  });
});

describe("the administrator's member search", () => {
  it("reads all members in Swedish collation with their officers and whether they answered", async () => {
    const round = await db.inventoryRound.findFirstOrThrow({ where: { status: "OPEN" } });
    const rows = await loadMemberRows(db, round.id);
    expect(rows).toHaveLength(await db.organisation.count());
    const names = rows.map((r) => r.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("sv").compare));
    const umeaRow = rows.find((r) => r.code === "2480")!;
    expect(umeaRow).toMatchObject({
      name: "Umeå kommun",
      county: { code: "24" },
      responded: true,
      officers: [{ email: "umea@example.org" }],
    });

    const find = (params: Record<string, string>) =>
      filterMemberRows(rows, parseMemberFilters(params)).map((r) => r.code);
    expect(find({ q: "umea" })).toEqual(["2480"]);
    expect(find({ q: "2480" })).toEqual(["2480"]);
    expect(find({ lan: "24", svarat: "ja" })).toEqual(["2480"]);
    expect(find({ lan: "24", svarat: "nej" })).not.toContain("2480");
    expect(find({ lan: "24", medlem: "region" })).toEqual(["24"]);
    expect(find({ handlaggare: "ja" }).sort()).toEqual(["2283", "2480"]);
    expect(find({ handlaggare: "nej" })).toHaveLength(rows.length - 2);
    // Without an open round nobody has "answered" or "not answered": that filter selects nothing out.
    const noRound = await loadMemberRows(db, null);
    expect(noRound.every((r) => r.responded === null)).toBe(true);
    expect(filterMemberRows(noRound, parseMemberFilters({ svarat: "nej" }))).toHaveLength(rows.length);
  });
});
