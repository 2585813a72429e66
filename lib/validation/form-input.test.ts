import { describe, expect, it } from "vitest";
import {
  MAX_FIELD_LENGTH,
  MAX_FORM_ENTRIES,
  formInputErrors,
  hasDisallowedCharacters,
  withoutDisallowedCharacters,
} from "./form-input";

const form = (entries: [string, string | File][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe("formInputErrors", () => {
  it("lets ordinary text through, tabs and line breaks and any script included", () => {
    expect(
      formInputErrors(
        form([
          ["title", "Vänort med Helsingør – 友好都市 🇸🇪"],
          ["description", "Rad ett\r\nRad två\ttabb"],
          ["participantIds", "1"],
          ["participantIds", "2"],
        ]),
      ),
    ).toBeNull();
  });

  it("refuses NUL and the other control characters in any field, naming the field", () => {
    for (const bad of ["a\u0000b", "\u0007", "x\u001b[31m", "\u007f", "\u0085", "\u009f"]) {
      expect(
        formInputErrors(
          form([
            ["title", "ok"],
            ["description", bad],
          ]),
        ),
      ).toEqual({
        description: [{ code: "disallowedCharacters" }],
      });
    }
  });

  it("refuses a control character in a field's name or a file's name as an error of the form", () => {
    expect(formInputErrors(form([["ti\u0000tle", "x"]]))).toEqual({
      form: [{ code: "disallowedCharacters" }],
    });
    expect(formInputErrors(form([["file", new File(["a"], "list\u0000.csv")]]))).toEqual({
      file: [{ code: "disallowedCharacters" }],
    });
  });

  it("refuses a value longer than any field carries and more fields than any form has", () => {
    expect(formInputErrors(form([["title", "a".repeat(MAX_FIELD_LENGTH + 1)]]))).toEqual({
      title: [{ code: "tooLongValue", values: { max: MAX_FIELD_LENGTH } }],
    });
    const many = form(
      Array.from({ length: MAX_FORM_ENTRIES + 1 }, () => ["accept", "1"] as [string, string]),
    );
    expect(formInputErrors(many)).toEqual({
      form: [{ code: "tooManyFields", values: { max: MAX_FORM_ENTRIES } }],
    });
  });

  it("keeps a field called __proto__ an ordinary field", () => {
    const errors = formInputErrors(form([["__proto__", "a\u0000"]]))!;
    expect(Object.keys(errors)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype);
  });
});

describe("the disallowed characters", () => {
  it("are the C0 controls but tab, LF and CR, DEL and the C1 controls", () => {
    const disallowed = Array.from({ length: 0xa0 }, (_, code) => String.fromCharCode(code)).filter(
      hasDisallowedCharacters,
    );
    expect(disallowed).toHaveLength(32 - 3 + 1 + 32);
    expect(["\t", "\n", "\r", " ", "å", "\u00a0", "\u2028"].some(hasDisallowedCharacters)).toBe(false);
    expect(withoutDisallowedCharacters("a\u0000b\u0085c\nd")).toBe("abc\nd");
  });
});
