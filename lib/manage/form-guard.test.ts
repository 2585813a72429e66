import { describe, expect, it } from "vitest";
import { handleForm, refusedForm, refusedImportForm } from "./form-guard";
import type { FormState } from "./form-state";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("the hostile-input gate", () => {
  it("lets an ordinary form through to its handler", async () => {
    const ordinary = form([
      ["title", "Vänort"],
      ["participantIds", "12"],
    ]);
    expect(refusedForm(ordinary)).toBeNull();
    const saved: FormState = { status: "saved", savedId: 1 };
    expect(await handleForm(async () => saved, null, null, ordinary)).toBe(saved);
  });

  it("refuses a NUL byte with a field error, without calling the handler, and gives back the rest of the input", async () => {
    const hostile = form([
      ["title", "Vän\u0000ort"],
      ["description", "Rad ett\nRad två"],
      ["$ACTION_ID_abc", ""],
    ]);
    let called = false;
    const state = await handleForm(
      async () => {
        called = true;
        return { status: "saved" } as FormState;
      },
      null,
      null,
      hostile,
    );
    expect(called).toBe(false);
    expect(state).toEqual({
      status: "invalid",
      fieldErrors: { title: [{ code: "disallowedCharacters" }] },
      values: { title: "Vänort", description: "Rad ett\nRad två" },
    });
  });

  it("keeps a posted __proto__ an ordinary value and answers the import forms with one code", () => {
    const state = refusedForm(form([["__proto__", "x\u0007"]]))!;
    expect(Object.getPrototypeOf(state.values)).toBe(Object.prototype);
    expect(state.values).toEqual(JSON.parse('{"__proto__":"x"}'));
    expect(refusedImportForm(form([["fileName", "a\u0000.csv"]]))).toEqual({
      status: "invalid",
      error: "input_not_allowed",
    });
  });
});
