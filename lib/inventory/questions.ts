// The questions of an inventory round: the 2018 survey's questions that are not facts about
// a partnership (those are confirmed in the registry itself). Question sets and answers are
// validated here; refusals are codes of the "validation" messages (lib/validation/field-errors.ts).
import { z } from "zod";
import {
  addFieldError,
  fieldErrorsFromZod,
  fieldMessage,
  zodMessage,
  type FieldErrors,
} from "../validation/field-errors";
import { COORDINATION_FORMS } from "../database/enums";

export const REASONS_FOR_NONE = [
  "NOT_PRIORITISED",
  "LACK_OF_TIME",
  "LACK_OF_FUNDING",
  "LACK_OF_INTEREST",
  "OTHER",
] as const;
export const ADDED_VALUES = [
  "SKILLS_DEVELOPMENT",
  "SERVICE_DEVELOPMENT",
  "GOAL_ACHIEVEMENT",
  "CULTURAL_UNDERSTANDING",
  "INFLUENCE",
  "OTHER",
] as const;
export const OBSTACLE_ANSWERS = ["YES", "NO", "CANNOT_ASSESS"] as const;
export const OBSTACLES = [
  "LACK_OF_TIME",
  "LACK_OF_FUNDING",
  "NOT_PRIORITISED",
  "ORGANISATIONAL",
  "OTHER",
] as const;

/** Every question a round can ask, in the survey's order (a round asks them in this order). */
export const QUESTION_IDS = [
  "reasonsForNone",
  "obstacles",
  "obstacleKinds",
  "addedValue",
  "coordination",
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export const MAX_COMMENT = 2000;

/** The question set a round asks, by default the report's. Stored with the round. */
export const questionSetSchema = z.object({
  questions: z
    .array(z.enum(QUESTION_IDS, { error: "questionUnknown" }), { error: "questionsRequired" })
    .min(1, { error: "questionsRequired" })
    .refine((ids) => new Set(ids).size === ids.length, { error: "questionRepeated" })
    .transform((ids) => QUESTION_IDS.filter((q) => ids.includes(q))),
});
export type QuestionSet = z.infer<typeof questionSetSchema>;

export const DEFAULT_QUESTION_SET: QuestionSet = { questions: [...QUESTION_IDS] };

/**
 * zod's errors keyed by the form's field: an error of one option ("addedValue.1") or one
 * question ("questions.0") belongs to the checkbox group, where the form shows it.
 */
export function fieldErrorsByField(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, messages] of Object.entries(fieldErrorsFromZod(error)))
    for (const m of messages) addFieldError(errors, path.split(".")[0]!, m);
  return errors;
}

const choices = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values, { error: "inventoryOptionInvalid" }), { error: "inventoryOptionInvalid" })
    // Each choice once, whatever a forged form repeats.
    .transform((chosen) => [...new Set(chosen)]);

/** A member's answers. Every question is optional, as in 2018 ("no question was mandatory"). */
const answersSchema = z.strictObject(
  {
    confirmedEntries: z.literal(true, { error: "confirmEntries" }),
    reasonsForNone: choices(REASONS_FOR_NONE).optional(),
    obstacles: z.enum(OBSTACLE_ANSWERS, { error: "inventoryOptionInvalid" }).optional(),
    obstacleKinds: choices(OBSTACLES).optional(),
    addedValue: choices(ADDED_VALUES).optional(),
    coordination: choices(COORDINATION_FORMS).optional(),
    comment: z
      .string({ error: zodMessage("textExpected", { field: "inventoryComment" }) })
      .trim()
      .max(MAX_COMMENT, { error: zodMessage("tooLong", { field: "inventoryComment", max: MAX_COMMENT }) })
      .optional(),
  },
  // A key that is no question at all: to the member, a question the round does not ask.
  { error: "questionNotAsked" },
);
export type InventoryAnswers = z.infer<typeof answersSchema>;

/** What the questions depend on besides the answers: the member's current partnerships. */
export type AnswerContext = { hasPartnerships: boolean };

/**
 * Whether a question is put to this member. "Why have you none?" is only for a member without
 * a current twin town or municipal partnership; "Which obstacles?" follows a "Yes" to "Are there
 * obstacles?" (when the round asks that; `answers` undefined: the form, which decides it live).
 */
export function questionApplies(
  q: QuestionId,
  set: QuestionSet,
  context: AnswerContext,
  answers?: Pick<InventoryAnswers, "obstacles">,
): boolean {
  if (!set.questions.includes(q)) return false;
  if (q === "reasonsForNone") return !context.hasPartnerships;
  if (q === "obstacleKinds" && answers && set.questions.includes("obstacles"))
    return answers.obstacles === "YES";
  return true;
}

/**
 * Answers to questions the round did not ask are refused, so a round's results mean what it
 * asked. The form shows no field for such a question, so the refusal is the form's own ("form").
 * An answer to a question that does not apply is refused too (the form hides it, but a form
 * posted without JavaScript, or forged, can carry one): "why none" from a member with twin
 * towns as the form's error, obstacles chosen without a "Yes" beside the obstacles' field.
 */
export function validateAnswers(
  raw: unknown,
  set: QuestionSet,
  context: AnswerContext,
): { ok: true; answers: InventoryAnswers } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = answersSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsByField(parsed.error) };
  const answers = parsed.data;
  const notAsked = QUESTION_IDS.filter((q) => answers[q] !== undefined && !set.questions.includes(q));
  if (notAsked.length) return { ok: false, fieldErrors: { form: [fieldMessage("questionNotAsked")] } };
  const answered = (q: QuestionId) => {
    const value = answers[q];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  };
  if (answered("reasonsForNone") && !questionApplies("reasonsForNone", set, context))
    return { ok: false, fieldErrors: { form: [fieldMessage("reasonsForNoneNotApplicable")] } };
  if (answered("obstacleKinds") && !questionApplies("obstacleKinds", set, context, answers))
    return { ok: false, fieldErrors: { obstacleKinds: [fieldMessage("obstacleKindsWithoutYes")] } };
  return { ok: true, answers };
}
