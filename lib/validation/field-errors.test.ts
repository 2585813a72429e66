import { describe, expect, it } from "vitest";
import { z } from "zod";
import en from "../i18n/messages/en.json";
import sv from "../i18n/messages/sv.json";
import {
  addFieldError,
  fieldErrorsFromZod,
  fieldMessage,
  zodMessage,
  type FieldErrors,
} from "./field-errors";
import { fieldErrorsText } from "./field-errors-text";

describe("field errors", () => {
  it("keep each message once per field", () => {
    const errors: FieldErrors = {};
    addFieldError(errors, "startYear", fieldMessage("icldNoList", { startYear: 1990 }));
    addFieldError(errors, "startYear", fieldMessage("icldNoList", { startYear: 1990 }));
    addFieldError(errors, "startYear", fieldMessage("icldNoList", { startYear: 1991 }));
    expect(errors.startYear).toHaveLength(2);
  });

  it("read codes and parameters back from zod issues, and a generic code for zod's own text", () => {
    const schema = z.object({
      name: z.string().max(3, { error: zodMessage("tooLong", { field: "title", max: 3 }) }),
      role: z.enum(["A"], { error: "roleInvalid" }),
      other: z.number(),
    });
    const result = schema.safeParse({ name: "abcd", role: "B", other: "x" });
    expect(!result.success && fieldErrorsFromZod(result.error)).toEqual({
      name: [{ code: "tooLong", values: { field: "title", max: 3 } }],
      role: [{ code: "roleInvalid" }],
      other: [{ code: "invalidInput" }],
    });
  });

  it("are translated with the field's label in the same language", () => {
    const errors = { website: [fieldMessage("urlInvalid", { field: "website" })] };
    expect(fieldErrorsText("sv", errors)).toEqual({
      website: ["Webbplatsen ska vara en webbadress som börjar med https://."],
    });
    expect(fieldErrorsText("en", errors)).toEqual({
      website: ["The website must be a web address starting with https://."],
    });
  });

  it("every message has both languages and names the same parameters", () => {
    // A name in the reader's language comes as two parameters, e.g. countrySv and countryEn.
    const parameters = (message: string) =>
      [...message.matchAll(/\{(\w+)(?=[},])/g)].map((m) => m[1]!.replace(/(Sv|En)$/, "")).sort();
    for (const [key, message] of Object.entries(sv.validation)) {
      if (typeof message !== "string") continue;
      const english = (en.validation as Record<string, unknown>)[key];
      expect(typeof english, key).toBe("string");
      expect(parameters(english as string), key).toEqual(parameters(message));
    }
  });
});
