import { describe, expect, it } from "vitest";
import { normaliseEmail } from "./rate-limit";
import { passwordSchema } from "./password";

describe("login helpers", () => {
  it("counts an account by its trimmed, lower-cased address", () => {
    expect(normaliseEmail("  Umea@Example.ORG ")).toBe("umea@example.org");
  });

  it("asks for at least 12 characters and nothing else", () => {
    expect(passwordSchema.safeParse("kort").error?.issues[0]?.message).toBe("passwordTooShort");
    expect(passwordSchema.safeParse("tre gröna äpplen").success).toBe(true);
  });
});
