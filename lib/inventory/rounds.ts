// Inventory rounds: open one, record members' answers and reminders, follow the response
// rate, and close it with a frozen snapshot whose statistics stay reproducible.
import { recordAudit, type Actor } from "../audit/record";
import type { Database } from "../database/client";
import { computeStatistics, type Statistics } from "../stats/compute";
import { statsDatasetSchema, type MemberKind } from "../stats/dataset";
import { loadCheckedStatsDataset } from "../stats/load-dataset";
import type { FieldErrors } from "../validation/field-errors";
import { answerContext } from "./answer-context";
import { questionSetSchema, validateAnswers, type InventoryAnswers } from "./questions";
import { validateRoundInput, type OpenRoundInput } from "./round-input";
import { actsFor, type Scope } from "../auth/scope";
import { MEMBER_KINDS } from "../database/enums";

export type RoundFailure =
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; kind: "already_open" }
  | { ok: false; kind: "closed" }
  | { ok: false; kind: "forbidden" }
  | { ok: false; kind: "not_found" };

const fail = <K extends RoundFailure["kind"]>(kind: K, extra: object = {}) =>
  ({ ok: false, kind, ...extra }) as RoundFailure;

/** Opens a round with the chosen questions (the report's full set unless given). */
export async function openRound(db: Database, input: OpenRoundInput, actor: Actor, now = new Date()) {
  const valid = validateRoundInput(input, now);
  if (!valid.ok) return fail("invalid", { fieldErrors: valid.fieldErrors });
  if (await db.inventoryRound.findFirst({ where: { status: "OPEN" } })) return fail("already_open");
  return db.$transaction(async (tx) => {
    const round = await tx.inventoryRound.create({ data: valid.data });
    await recordAudit(tx, actor, {
      entityType: "InventoryRound",
      entityId: round.id,
      action: "CREATE",
      after: round,
    });
    return { ok: true as const, round };
  });
}

/** A member answers (or changes its answer) while the round is open; it also marks its information as reviewed today. */
export async function recordResponse(
  db: Database,
  input: { roundId: number; organisationId: number; answers: unknown },
  actor: Actor,
  scope: Scope,
) {
  if (!actsFor(scope, input.organisationId)) return fail("forbidden");
  const round = await db.inventoryRound.findUnique({ where: { id: input.roundId } });
  if (!round) return fail("not_found");
  if (round.status !== "OPEN") return fail("closed");
  const validated = validateAnswers(
    input.answers,
    questionSetSchema.parse(round.questions),
    await answerContext(db, input.organisationId),
  );
  if (!validated.ok) return fail("invalid", { fieldErrors: validated.fieldErrors });
  return db.$transaction(async (tx) => {
    const key = { roundId_organisationId: { roundId: round.id, organisationId: input.organisationId } };
    const before = await tx.inventoryResponse.findUnique({ where: key });
    const response = await tx.inventoryResponse.upsert({
      where: key,
      create: { roundId: round.id, organisationId: input.organisationId, answers: validated.answers },
      update: { answers: validated.answers },
    });
    await tx.organisation.update({
      where: { id: input.organisationId },
      data: { lastReviewedOn: new Date(), version: { increment: 1 } },
    });
    await recordAudit(tx, actor, {
      entityType: "InventoryResponse",
      entityId: `${round.id}:${input.organisationId}`,
      action: before ? "UPDATE" : "CREATE",
      before: before ?? undefined,
      after: response,
    });
    return { ok: true as const, response };
  });
}

export type ResponseRate = Record<MemberKind, { answered: number; total: number }> & {
  notAnswered: { code: string; name: string; kind: MemberKind }[];
  reminders: number;
};

/** Who has answered, live: 213 of 290 kommuner and 13 of 20 regions in 2018. */
export async function responseRate(db: Database, roundId: number): Promise<ResponseRate> {
  const [members, responses, reminders] = await Promise.all([
    db.organisation.findMany({
      select: { id: true, code: true, name: true, kind: true },
      orderBy: { code: "asc" },
    }),
    db.inventoryResponse.findMany({ where: { roundId }, select: { organisationId: true } }),
    db.inventoryReminder.count({ where: { roundId } }),
  ]);
  const answered = new Set(responses.map((r) => r.organisationId));
  const rate = Object.fromEntries(
    MEMBER_KINDS.map((kind) => {
      const ofKind = members.filter((m) => m.kind === kind);
      return [kind, { answered: ofKind.filter((m) => answered.has(m.id)).length, total: ofKind.length }];
    }),
  ) as Record<MemberKind, { answered: number; total: number }>;
  return {
    ...rate,
    notAnswered: members
      .filter((m) => !answered.has(m.id))
      .map(({ code, name, kind }) => ({ code, name, kind })),
    reminders,
  };
}

/** Records that a reminder went to everyone who had not answered. */
export async function recordReminder(db: Database, roundId: number, note: string | undefined, actor: Actor) {
  const round = await db.inventoryRound.findUnique({ where: { id: roundId } });
  if (!round) return fail("not_found");
  if (round.status !== "OPEN") return fail("closed");
  const { notAnswered } = await responseRate(db, roundId);
  return db.$transaction(async (tx) => {
    const reminder = await tx.inventoryReminder.create({
      data: { roundId, note: note?.trim() || null, recipients: notAnswered.length },
    });
    await recordAudit(tx, actor, {
      entityType: "InventoryReminder",
      entityId: reminder.id,
      action: "CREATE",
      after: reminder,
    });
    return { ok: true as const, reminder };
  });
}

/** Closes the round and freezes the registry's statistics dataset with it. */
export async function closeRound(db: Database, roundId: number, actor: Actor, now = new Date()) {
  return db.$transaction(
    async (tx) => {
      const round = await tx.inventoryRound.findUnique({ where: { id: roundId } });
      if (!round) return fail("not_found");
      if (round.status !== "OPEN") return fail("closed");
      // Read inside the transaction, so the snapshot is one consistent state.
      const snapshot = await loadCheckedStatsDataset(tx, now);
      const closed = await tx.inventoryRound.update({
        where: { id: roundId },
        data: { status: "CLOSED", closedAt: now, snapshot },
      });
      await recordAudit(tx, actor, {
        entityType: "InventoryRound",
        entityId: roundId,
        action: "UPDATE",
        before: { status: round.status },
        after: { status: "CLOSED", closedAt: now },
      });
      return { ok: true as const, round: closed };
      // Reading the whole registry takes 1.4–2.5 s at 100,000 partnerships: more room than Prisma's 5 s default.
    },
    { timeout: 60_000 },
  );
}

export type AnswerSummary = {
  respondents: number;
  /** Per question, how many respondents chose each option (respondents who answered the question in `answered`). */
  questions: Record<string, { answered: number; options: Record<string, number> }>;
};

/** The round's answers counted per option: the report's "not prioritised 68 %" comes from here. */
export function summariseAnswers(answers: InventoryAnswers[]): AnswerSummary {
  const questions: AnswerSummary["questions"] = {};
  for (const a of answers) {
    for (const [question, value] of Object.entries(a)) {
      if (question === "confirmedEntries" || question === "comment" || value === undefined) continue;
      const entry = (questions[question] ??= { answered: 0, options: {} });
      entry.answered += 1;
      for (const option of Array.isArray(value) ? new Set(value) : [value])
        entry.options[String(option)] = (entry.options[String(option)] ?? 0) + 1;
    }
  }
  return { respondents: answers.length, questions };
}

/** The statistics of a closed round, from its frozen snapshot: the same figures whatever changed since. */
export async function roundStatistics(
  db: Database,
  roundId: number,
  options: { country?: string } = {},
): Promise<{ statistics: Statistics; answers: AnswerSummary } | null> {
  const round = await db.inventoryRound.findUnique({ where: { id: roundId }, include: { responses: true } });
  if (!round?.snapshot) return null;
  const dataset = statsDatasetSchema.parse(round.snapshot);
  return {
    statistics: computeStatistics(dataset, options),
    answers: summariseAnswers(round.responses.map((r) => r.answers as InventoryAnswers)),
  };
}
