// What the signed-in pages show of inventory rounds: the open round, the closed ones, and an
// organisation's own answer.
import type { DbOrTx } from "../database/transaction";
import { questionSetSchema, type InventoryAnswers, type QuestionId } from "./questions";
import { summariseAnswers, type AnswerSummary } from "./rounds";

export async function openInventoryRound(db: DbOrTx) {
  const round = await db.inventoryRound.findFirst({ where: { status: "OPEN" }, orderBy: { id: "desc" } });
  return round
    ? { ...round, questionIds: questionSetSchema.parse(round.questions).questions as QuestionId[] }
    : null;
}

export async function closedInventoryRounds(db: DbOrTx) {
  return db.inventoryRound.findMany({
    where: { status: "CLOSED" },
    select: { id: true, name: true, closedAt: true, _count: { select: { responses: true } } },
    orderBy: { closedAt: "desc" },
  });
}

/** The organisations' answers to a round, by organisation id. */
export async function responsesOf(db: DbOrTx, roundId: number, organisationIds: number[]) {
  const rows = await db.inventoryResponse.findMany({
    where: { roundId, organisationId: { in: organisationIds } },
  });
  return new Map(
    rows.map((r) => [r.organisationId, { answers: r.answers as InventoryAnswers, respondedAt: r.updatedAt }]),
  );
}

/** Every answer to a round so far, counted per question and option (the administrator's live view). */
export async function roundAnswerSummary(db: DbOrTx, roundId: number): Promise<AnswerSummary> {
  const rows = await db.inventoryResponse.findMany({ where: { roundId }, select: { answers: true } });
  return summariseAnswers(rows.map((r) => r.answers as InventoryAnswers));
}
