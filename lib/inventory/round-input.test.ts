import { describe, expect, it } from "vitest";
import { fieldErrorsText } from "../validation/field-errors-text";
import { MAX_ROUND_NAME, validateRoundInput } from "./round-input";

// 23:30 UTC on 23 November is already 24 November in Sweden.
const NOW = new Date("2026-11-23T23:30:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("validateRoundInput", () => {
  it("accepts a name, a deadline from the Swedish today on and a subset of questions, and asks every question by default", () => {
    expect(
      validateRoundInput(
        { name: " Inventering 2026 ", deadline: day("2026-11-24"), questions: ["addedValue", "obstacles"] },
        NOW,
      ),
    ).toEqual({
      ok: true,
      data: {
        name: "Inventering 2026",
        deadline: day("2026-11-24"),
        questions: { questions: ["obstacles", "addedValue"] },
      },
    });
    const all = validateRoundInput({ name: "Höst", deadline: day("2027-01-31") }, NOW);
    expect(all.ok && all.data.questions.questions).toEqual([
      "reasonsForNone",
      "obstacles",
      "obstacleKinds",
      "addedValue",
      "coordination",
    ]);
  });

  it("refuses an empty or overlong name, a past or unreadable deadline and an empty or unknown choice of questions, each with its code", () => {
    expect(validateRoundInput({ name: "  ", deadline: day("2026-11-23"), questions: [] }, NOW)).toEqual({
      ok: false,
      fieldErrors: {
        name: [{ code: "roundName" }],
        deadline: [{ code: "roundDeadline", values: { today: "2026-11-24" } }],
        questions: [{ code: "questionsRequired" }],
      },
    });
    expect(
      validateRoundInput(
        {
          name: "x".repeat(MAX_ROUND_NAME + 1),
          deadline: new Date(Number.NaN),
          questions: ["obstacles", "weather"],
        },
        NOW,
      ),
    ).toEqual({
      ok: false,
      fieldErrors: {
        name: [{ code: "tooLong", values: { field: "roundName", max: MAX_ROUND_NAME } }],
        deadline: [{ code: "roundDeadlineFormat" }],
        questions: [{ code: "questionUnknown" }],
      },
    });
  });

  it("gives the refusals in Swedish and in English", () => {
    const result = validateRoundInput({ name: "", deadline: day("2026-01-01"), questions: [] }, NOW);
    if (result.ok) throw new Error("expected a refusal");
    expect(fieldErrorsText("sv", result.fieldErrors)).toEqual({
      name: ["Ge omgången ett namn, till exempel Inventering 2026."],
      deadline: ["Sista svarsdag kan inte vara före i dag (2026-11-24). Välj i dag eller en senare dag."],
      questions: ["Välj minst en fråga som omgången ska ställa."],
    });
    expect(fieldErrorsText("en", result.fieldErrors)).toEqual({
      name: ["Give the round a name, for example Inventory 2026."],
      deadline: ["The deadline cannot be before today (2026-11-24). Choose today or a later day."],
      questions: ["Choose at least one question for the round to ask."],
    });
  });
});
