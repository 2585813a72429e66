// What an administrator gives to open a round: a name, a deadline from today on (the Swedish
// calendar day) and the questions to ask. Refusals are codes of the "validation" messages.
import { z } from "zod";
import { swedishToday } from "../partnerships/rules";
import { zodMessage, type FieldErrors } from "../validation/field-errors";
import { DEFAULT_QUESTION_SET, fieldErrorsByField, questionSetSchema, type QuestionSet } from "./questions";

export const MAX_ROUND_NAME = 200;

export type OpenRoundInput = {
  name: string;
  /** Midnight UTC of the chosen day (the column is a date); an invalid Date when none could be read. */
  deadline: Date;
  /** The chosen question ids; the report's full set when left out. */
  questions?: unknown;
};

export type ValidRoundInput = { name: string; deadline: Date; questions: QuestionSet };

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

function roundInputSchema(today: string) {
  return z.object({
    name: z
      .string({ error: "roundName" })
      .trim()
      .min(1, { error: "roundName" })
      .max(MAX_ROUND_NAME, { error: zodMessage("tooLong", { field: "roundName", max: MAX_ROUND_NAME }) }),
    deadline: z
      .date({ error: "roundDeadlineFormat" })
      .refine((d) => isoDate(d) >= today, { error: zodMessage("roundDeadline", { today }) }),
    questions: questionSetSchema.shape.questions,
  });
}

export function validateRoundInput(
  input: OpenRoundInput,
  now = new Date(),
): { ok: true; data: ValidRoundInput } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = roundInputSchema(swedishToday(now)).safeParse({
    ...input,
    questions: input.questions === undefined ? DEFAULT_QUESTION_SET.questions : input.questions,
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const { name, deadline, questions } = parsed.data;
  return { ok: true, data: { name, deadline, questions: { questions } } };
}
