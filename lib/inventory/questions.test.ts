import { describe, expect, it } from "vitest";
import { fieldErrorsText } from "../validation/field-errors-text";
import {
  DEFAULT_QUESTION_SET,
  MAX_COMMENT,
  QUESTION_IDS,
  questionApplies,
  questionSetSchema,
  validateAnswers,
} from "./questions";
import { summariseAnswers } from "./rounds";

/** A member without current twin towns or partnerships, and one with. */
const NONE = { hasPartnerships: false };
const SOME = { hasPartnerships: true };

describe("questionSetSchema", () => {
  it("keeps a chosen subset, in the survey's order", () => {
    expect(questionSetSchema.parse({ questions: ["coordination", "reasonsForNone"] })).toEqual({
      questions: ["reasonsForNone", "coordination"],
    });
    expect(DEFAULT_QUESTION_SET.questions).toEqual([...QUESTION_IDS]);
  });

  it("refuses an empty, unknown or repeated choice with its code", () => {
    const issues = (questions: unknown) =>
      questionSetSchema.safeParse({ questions }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues([])).toEqual([["questions", "questionsRequired"]]);
    expect(issues(undefined)).toEqual([["questions", "questionsRequired"]]);
    expect(issues(["obstacles", "mood"])).toEqual([["questions.1", "questionUnknown"]]);
    expect(issues(["obstacles", "obstacles"])).toEqual([["questions", "questionRepeated"]]);
  });
});

describe("validateAnswers", () => {
  it("accepts the report's questions, every one optional", () => {
    expect(validateAnswers({ confirmedEntries: true }, DEFAULT_QUESTION_SET, NONE)).toEqual({
      ok: true,
      answers: { confirmedEntries: true },
    });
    expect(
      validateAnswers(
        { confirmedEntries: true, reasonsForNone: ["NOT_PRIORITISED"], obstacles: "CANNOT_ASSESS" },
        DEFAULT_QUESTION_SET,
        NONE,
      ).ok,
    ).toBe(true);
  });

  it("requires the confirmation, and refuses unknown options under their question", () => {
    expect(validateAnswers({}, DEFAULT_QUESTION_SET, NONE)).toEqual({
      ok: false,
      fieldErrors: { confirmedEntries: [{ code: "confirmEntries" }] },
    });
    expect(
      validateAnswers(
        { confirmedEntries: true, obstacles: "MAYBE", addedValue: ["INFLUENCE", "FUN"] },
        DEFAULT_QUESTION_SET,
        NONE,
      ),
    ).toEqual({
      ok: false,
      fieldErrors: {
        obstacles: [{ code: "inventoryOptionInvalid" }],
        addedValue: [{ code: "inventoryOptionInvalid" }],
      },
    });
  });

  it("refuses a comment over the limit, naming the field in the reader's language", () => {
    const result = validateAnswers(
      { confirmedEntries: true, comment: "x".repeat(MAX_COMMENT + 1) },
      DEFAULT_QUESTION_SET,
      NONE,
    );
    const fieldErrors = {
      comment: [{ code: "tooLong", values: { field: "inventoryComment", max: MAX_COMMENT } }],
    };
    expect(result).toEqual({ ok: false, fieldErrors });
    expect(fieldErrorsText("sv", fieldErrors as never).comment![0]).toBe(
      "Kommentaren får vara högst 2000 tecken. Korta texten.",
    );
    expect(fieldErrorsText("en", fieldErrors as never).comment![0]).toBe(
      "The comment can be at most 2000 characters. Shorten the text.",
    );
    // Up to the limit, after trimming, is fine.
    expect(
      validateAnswers(
        { confirmedEntries: true, comment: ` ${"x".repeat(MAX_COMMENT)} ` },
        DEFAULT_QUESTION_SET,
        NONE,
      ).ok,
    ).toBe(true);
  });

  it("refuses answers to questions the round did not ask, and keys that are no question, as the form's error", () => {
    const notAsked = { ok: false, fieldErrors: { form: [{ code: "questionNotAsked" }] } };
    expect(
      validateAnswers(
        { confirmedEntries: true, addedValue: ["OTHER"] },
        { questions: ["reasonsForNone"] },
        NONE,
      ),
    ).toEqual(notAsked);
    expect(validateAnswers({ confirmedEntries: true, mood: "good" }, DEFAULT_QUESTION_SET, NONE)).toEqual(
      notAsked,
    );
    expect(fieldErrorsText("en", { form: [{ code: "questionNotAsked" }] }).form).toEqual([
      "The round does not ask that question, so the answer could not be saved. Reload the page and answer the questions shown.",
    ]);
  });
});

describe("questions that depend on earlier answers", () => {
  it("asks why there are none only of a member without twin towns or partnerships", () => {
    expect(questionApplies("reasonsForNone", DEFAULT_QUESTION_SET, NONE)).toBe(true);
    expect(questionApplies("reasonsForNone", DEFAULT_QUESTION_SET, SOME)).toBe(false);
    const why = { confirmedEntries: true, reasonsForNone: ["LACK_OF_TIME"] };
    expect(validateAnswers(why, DEFAULT_QUESTION_SET, NONE).ok).toBe(true);
    const refused = { ok: false, fieldErrors: { form: [{ code: "reasonsForNoneNotApplicable" }] } };
    expect(validateAnswers(why, DEFAULT_QUESTION_SET, SOME)).toEqual(refused);
    // An empty choice is no answer: a member with partnerships may post the question untouched.
    expect(
      validateAnswers({ confirmedEntries: true, reasonsForNone: [] }, DEFAULT_QUESTION_SET, SOME).ok,
    ).toBe(true);
    expect(fieldErrorsText("sv", refused.fieldErrors as never).form![0]).toMatch(
      /^Frågan om varför ni saknar/,
    );
  });

  it("asks which obstacles only after a Yes to obstacles, when the round asks both", () => {
    const kinds = { confirmedEntries: true, obstacleKinds: ["LACK_OF_TIME"] };
    expect(validateAnswers({ ...kinds, obstacles: "YES" }, DEFAULT_QUESTION_SET, SOME).ok).toBe(true);
    for (const obstacles of ["NO", "CANNOT_ASSESS", undefined])
      expect(validateAnswers({ ...kinds, obstacles }, DEFAULT_QUESTION_SET, SOME)).toEqual({
        ok: false,
        fieldErrors: { obstacleKinds: [{ code: "obstacleKindsWithoutYes" }] },
      });
    // A round that does not ask whether there are obstacles asks which ones of everybody.
    expect(validateAnswers(kinds, { questions: ["obstacleKinds"] }, SOME).ok).toBe(true);
    // The form, deciding live (no answers given), shows the question.
    expect(questionApplies("obstacleKinds", DEFAULT_QUESTION_SET, SOME)).toBe(true);
    expect(questionApplies("obstacleKinds", DEFAULT_QUESTION_SET, SOME, { obstacles: "NO" })).toBe(false);
    expect(questionApplies("obstacleKinds", { questions: ["obstacles"] }, SOME)).toBe(false);
    expect(
      fieldErrorsText("en", { obstacleKinds: [{ code: "obstacleKindsWithoutYes" }] }).obstacleKinds,
    ).toEqual([
      "Say which obstacles there are only if you answered Yes to whether there are obstacles. Answer Yes or clear the ticks.",
    ]);
  });
});

describe("summariseAnswers", () => {
  it("counts respondents per option, once per respondent", () => {
    expect(
      summariseAnswers([
        { confirmedEntries: true, reasonsForNone: ["NOT_PRIORITISED", "LACK_OF_TIME", "NOT_PRIORITISED"] },
        { confirmedEntries: true, reasonsForNone: ["NOT_PRIORITISED"], obstacles: "YES" },
        { confirmedEntries: true, comment: "Inget att tillägga" },
      ]),
    ).toEqual({
      respondents: 3,
      questions: {
        reasonsForNone: { answered: 2, options: { NOT_PRIORITISED: 2, LACK_OF_TIME: 1 } },
        obstacles: { answered: 1, options: { YES: 1 } },
      },
    });
  });
});
