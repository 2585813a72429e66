import { describe, expect, it } from "vitest";
import { bilingualMail } from "./bilingual";

describe("bilingualMail", () => {
  it("puts the sender's language first and joins both subjects and bodies", () => {
    const write = (locale: string) => ({ subject: `S-${locale}`, body: `B-${locale}` });
    expect(bilingualMail("a@example.org", "en", write)).toEqual({
      to: "a@example.org",
      subject: "S-en / S-sv",
      text: "B-en\n\n――――――――――\n\nB-sv",
    });
    expect(bilingualMail("a@example.org", "sv", write).subject).toBe("S-sv / S-en");
  });
});
