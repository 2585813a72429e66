// The questions of an inventory round: the 2018 survey's questions that are not facts about
// a partnership (those are confirmed in the registry itself). Answers are validated here.
import { z } from "zod";
import { COORDINATION_FORMS } from "../stats/dataset";

export const REASONS_FOR_NONE = ["NOT_PRIORITISED", "LACK_OF_TIME", "LACK_OF_FUNDING", "LACK_OF_INTEREST", "OTHER"] as const;
export const ADDED_VALUES = ["SKILLS_DEVELOPMENT", "SERVICE_DEVELOPMENT", "GOAL_ACHIEVEMENT", "CULTURAL_UNDERSTANDING", "INFLUENCE", "OTHER"] as const;
export const OBSTACLE_ANSWERS = ["YES", "NO", "CANNOT_ASSESS"] as const;
export const OBSTACLES = ["LACK_OF_TIME", "LACK_OF_FUNDING", "NOT_PRIORITISED", "ORGANISATIONAL", "OTHER"] as const;

export type QuestionId = "reasonsForNone" | "obstacles" | "obstacleKinds" | "addedValue" | "coordination";

/** The question set a round asks, by default the report's. Stored with the round. */
export const questionSetSchema = z.object({
  questions: z
    .array(z.enum(["reasonsForNone", "obstacles", "obstacleKinds", "addedValue", "coordination"]))
    .min(1)
    .refine((ids) => new Set(ids).size === ids.length, "A question can be asked only once."),
});
export type QuestionSet = z.infer<typeof questionSetSchema>;

export const DEFAULT_QUESTION_SET: QuestionSet = { questions: ["reasonsForNone", "obstacles", "obstacleKinds", "addedValue", "coordination"] };

/** A member's answers. Every question is optional, as in 2018 ("no question was mandatory"). */
export const answersSchema = z
  .object({
    confirmedEntries: z.literal(true, { error: "Confirm that your partnerships in the registry are up to date." }),
    reasonsForNone: z.array(z.enum(REASONS_FOR_NONE)).optional(),
    obstacles: z.enum(OBSTACLE_ANSWERS).optional(),
    obstacleKinds: z.array(z.enum(OBSTACLES)).optional(),
    addedValue: z.array(z.enum(ADDED_VALUES)).optional(),
    coordination: z.array(z.enum(COORDINATION_FORMS)).optional(),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict();
export type InventoryAnswers = z.infer<typeof answersSchema>;

/** Answers to questions the round did not ask are refused, so a round's results mean what it asked. */
export function validateAnswers(raw: unknown, set: QuestionSet): { ok: true; answers: InventoryAnswers } | { ok: false; errors: Record<string, string[]> } {
  const parsed = answersSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  const notAsked = (Object.keys(parsed.data) as (keyof InventoryAnswers)[]).filter(
    (key) => key !== "confirmedEntries" && key !== "comment" && !set.questions.includes(key as QuestionId),
  );
  if (notAsked.length) return { ok: false, errors: Object.fromEntries(notAsked.map((k) => [k, ["This round does not ask this question."]])) };
  return { ok: true, answers: parsed.data };
}
