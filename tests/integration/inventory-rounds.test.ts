import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as statisticsApi } from "../../app/api/v1/statistics/route";
import {
  closeRound,
  openRound,
  recordReminder,
  recordResponse,
  responseRate,
  roundStatistics,
} from "../../lib/inventory/rounds";
import { computeStatistics } from "../../lib/stats/compute";
import { loadStatsDataset } from "../../lib/stats/load-dataset";
import { testDatabase } from "../support/database";

const db = testDatabase();
const ADMIN = { label: "test:administrator" };
const OFFICER = { label: "test:officer" };
const tomorrow = () => new Date(Date.now() + 86_400_000);

// Integration tests count the seed exactly: remove what these tests write and restore what they change.
const ANSWERING = ["2480", "2283", "24"];
let original: { id: number; lastReviewedOn: Date | null; version: number }[] = [];
beforeAll(async () => {
  original = await db.organisation.findMany({
    where: { code: { in: ANSWERING } },
    select: { id: true, lastReviewedOn: true, version: true },
  });
});
afterAll(async () => {
  await db.inventoryRound.deleteMany({});
  await db.auditEvent.deleteMany({ where: { actorLabel: { in: [ADMIN.label, OFFICER.label] } } });
  for (const o of original)
    await db.organisation.update({
      where: { id: o.id },
      data: { lastReviewedOn: o.lastReviewedOn, version: o.version },
    });
});

describe("inventory rounds", () => {
  it("opens one round at a time, with a name and a deadline", async () => {
    expect(
      await openRound(
        db,
        { name: " ", deadline: new Date("2000-01-01"), questions: [] },
        ADMIN,
        new Date("2026-11-23T12:00:00Z"),
      ),
    ).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: {
        name: [{ code: "roundName" }],
        deadline: [{ code: "roundDeadline", values: { today: "2026-11-23" } }],
        questions: [{ code: "questionsRequired" }],
      },
    });
    expect(
      await openRound(
        db,
        { name: "Inventering 2026", deadline: tomorrow(), questions: ["obstacles", "happiness"] },
        ADMIN,
      ),
    ).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { questions: [{ code: "questionUnknown" }] },
    });
    expect(await db.inventoryRound.count()).toBe(0);
    const opened = await openRound(db, { name: "Inventering 2026", deadline: tomorrow() }, ADMIN);
    // Without a choice, the round asks the report's questions.
    expect(opened).toMatchObject({
      ok: true,
      round: {
        name: "Inventering 2026",
        status: "OPEN",
        questions: {
          questions: ["reasonsForNone", "obstacles", "obstacleKinds", "addedValue", "coordination"],
        },
      },
    });
    expect(await openRound(db, { name: "En till", deadline: tomorrow() }, ADMIN)).toEqual({
      ok: false,
      kind: "already_open",
    });
    expect(
      await db.auditEvent.count({
        where: { actorLabel: ADMIN.label, entityType: "InventoryRound", action: "CREATE" },
      }),
    ).toBe(1);
  });

  it("records answers within the officer's scope, follows the response rate and reminders, and freezes a snapshot on closing", async () => {
    const round = await db.inventoryRound.findFirstOrThrow({ where: { status: "OPEN" } });
    const member = (code: string) => db.organisation.findUniqueOrThrow({ where: { code } });
    const [umea, solleftea, region] = [await member("2480"), await member("2283"), await member("24")];
    const total = {
      MUNICIPALITY: await db.organisation.count({ where: { kind: "MUNICIPALITY" } }),
      REGION: await db.organisation.count({ where: { kind: "REGION" } }),
    };

    // An officer of Umeå cannot answer for Sollefteå; invalid answers change nothing.
    expect(
      await recordResponse(
        db,
        { roundId: round.id, organisationId: solleftea.id, answers: { confirmedEntries: true } },
        OFFICER,
        { organisationIds: [umea.id] },
      ),
    ).toEqual({
      ok: false,
      kind: "forbidden",
    });
    const invalid = await recordResponse(
      db,
      { roundId: round.id, organisationId: umea.id, answers: { obstacles: "MAYBE" } },
      OFFICER,
      { organisationIds: [umea.id] },
    );
    expect(invalid).toMatchObject({ ok: false, kind: "invalid" });
    expect(await db.inventoryResponse.count()).toBe(0);

    expect(
      await recordResponse(
        db,
        {
          roundId: round.id,
          organisationId: umea.id,
          answers: { confirmedEntries: true, obstacles: "YES", obstacleKinds: ["LACK_OF_TIME"] },
        },
        OFFICER,
        { organisationIds: [umea.id] },
      ),
    ).toMatchObject({ ok: true });
    // Answering again updates the answer, still one response.
    await recordResponse(
      db,
      { roundId: round.id, organisationId: umea.id, answers: { confirmedEntries: true, obstacles: "NO" } },
      OFFICER,
      { organisationIds: [umea.id] },
    );
    await recordResponse(
      db,
      {
        roundId: round.id,
        organisationId: region.id,
        answers: { confirmedEntries: true, reasonsForNone: ["NOT_PRIORITISED"] },
      },
      ADMIN,
      "all",
    );
    expect(
      (await db.organisation.findUniqueOrThrow({ where: { id: umea.id } })).lastReviewedOn,
    ).not.toBeNull();

    const rate = await responseRate(db, round.id);
    expect(rate.MUNICIPALITY).toEqual({ answered: 1, total: total.MUNICIPALITY });
    expect(rate.REGION).toEqual({ answered: 1, total: total.REGION });
    expect(rate.notAnswered).toHaveLength(total.MUNICIPALITY + total.REGION - 2);
    expect(rate.notAnswered.some((m) => m.code === "2480")).toBe(false);

    expect(await recordReminder(db, round.id, "Första påminnelsen", ADMIN)).toMatchObject({
      ok: true,
      reminder: { recipients: rate.notAnswered.length },
    });
    expect((await responseRate(db, round.id)).reminders).toBe(1);

    const before = computeStatistics(await loadStatsDataset(db));
    expect(await closeRound(db, round.id, ADMIN)).toMatchObject({ ok: true, round: { status: "CLOSED" } });
    expect(await closeRound(db, round.id, ADMIN)).toEqual({ ok: false, kind: "closed" });
    expect(
      await recordResponse(
        db,
        { roundId: round.id, organisationId: solleftea.id, answers: { confirmedEntries: true } },
        ADMIN,
        "all",
      ),
    ).toEqual({ ok: false, kind: "closed" });

    // The registry changes after closing: the round's statistics do not.
    const partnership = await db.partnership.findFirstOrThrow({
      where: { removedAt: null, endedOn: null },
      orderBy: { id: "asc" },
    });
    await db.partnership.update({ where: { id: partnership.id }, data: { removedAt: new Date() } });
    try {
      const frozen = await roundStatistics(db, round.id);
      const { asOf: _a, ...expected } = before;
      expect(frozen!.statistics).toMatchObject(expected);
      expect(computeStatistics(await loadStatsDataset(db)).kinds).not.toEqual(before.kinds);
      // The open API serves the round's frozen figures too.
      const api = await (
        await statisticsApi(new Request(`http://localhost/api/v1/statistics?omgang=${round.id}`))
      ).json();
      expect(api.kinds).toEqual(before.kinds);
      expect(
        (await statisticsApi(new Request("http://localhost/api/v1/statistics?omgang=999999"))).status,
      ).toBe(400);
      expect(frozen!.answers).toEqual({
        respondents: 2,
        questions: {
          obstacles: { answered: 1, options: { NO: 1 } },
          reasonsForNone: { answered: 1, options: { NOT_PRIORITISED: 1 } },
        },
      });
    } finally {
      await db.partnership.update({ where: { id: partnership.id }, data: { removedAt: null } });
    }

    // A new round can open once the last one is closed.
    expect(
      await openRound(
        db,
        { name: "Inventering 2027", deadline: tomorrow(), questions: ["coordination", "obstacles"] },
        ADMIN,
      ),
    ).toMatchObject({ ok: true });
  });

  it("a round with a chosen subset stores it in the survey's order and refuses answers to the questions it does not ask", async () => {
    const round = await db.inventoryRound.findFirstOrThrow({ where: { status: "OPEN" } });
    expect(round).toMatchObject({
      name: "Inventering 2027",
      questions: { questions: ["obstacles", "coordination"] },
    });
    const umea = await db.organisation.findUniqueOrThrow({ where: { code: "2480" } });
    const answer = (answers: object) =>
      recordResponse(db, { roundId: round.id, organisationId: umea.id, answers }, OFFICER, {
        organisationIds: [umea.id],
      });
    expect(await answer({ confirmedEntries: true, obstacles: "NO", addedValue: ["INFLUENCE"] })).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { form: [{ code: "questionNotAsked" }] },
    });
    expect(await answer({ confirmedEntries: true, coordination: ["MAYBE"] })).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { coordination: [{ code: "inventoryOptionInvalid" }] },
    });
    expect(await answer({ confirmedEntries: true, comment: "x".repeat(2001) })).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: { comment: [{ code: "tooLong", values: { field: "inventoryComment", max: 2000 } }] },
    });
    expect(await db.inventoryResponse.count({ where: { roundId: round.id } })).toBe(0);
    expect(
      await answer({ confirmedEntries: true, obstacles: "NO", coordination: ["DESIGNATED_OFFICER"] }),
    ).toMatchObject({ ok: true });
    expect(
      await db.inventoryResponse.findUniqueOrThrow({
        where: { roundId_organisationId: { roundId: round.id, organisationId: umea.id } },
      }),
    ).toMatchObject({
      answers: { confirmedEntries: true, obstacles: "NO", coordination: ["DESIGNATED_OFFICER"] },
    });
  });
});
