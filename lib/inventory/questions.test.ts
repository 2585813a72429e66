import { describe, expect, it } from "vitest";
import { DEFAULT_QUESTION_SET, validateAnswers } from "./questions";
import { summariseAnswers } from "./rounds";

describe("validateAnswers", () => {
  it("accepts the report's questions, every one optional", () => {
    expect(validateAnswers({ confirmedEntries: true }, DEFAULT_QUESTION_SET)).toEqual({ ok: true, answers: { confirmedEntries: true } });
    expect(validateAnswers({ confirmedEntries: true, reasonsForNone: ["NOT_PRIORITISED"], obstacles: "CANNOT_ASSESS" }, DEFAULT_QUESTION_SET).ok).toBe(true);
  });

  it("requires the confirmation and refuses unknown options and fields", () => {
    const missing = validateAnswers({}, DEFAULT_QUESTION_SET);
    expect(missing).toEqual({ ok: false, errors: { confirmedEntries: ["Confirm that your partnerships in the registry are up to date."] } });
    const bad = validateAnswers({ confirmedEntries: true, obstacles: "MAYBE", extra: 1 }, DEFAULT_QUESTION_SET);
    expect(bad.ok).toBe(false);
  });

  it("refuses answers to questions the round did not ask", () => {
    expect(validateAnswers({ confirmedEntries: true, addedValue: ["OTHER"] }, { questions: ["reasonsForNone"] })).toEqual({
      ok: false,
      errors: { addedValue: ["This round does not ask this question."] },
    });
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
