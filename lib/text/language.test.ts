import { describe, expect, it } from "vitest";
import { langAttribute, textLanguage } from "./language";

describe("textLanguage", () => {
  it("takes officers' text as Swedish unless it is plainly English", () => {
    expect(textLanguage("Samverkansavtal.")).toBe("sv");
    expect(textLanguage("Skolutbyte och kulturutbyte med vänorten sedan 1990.")).toBe("sv");
    expect(
      textLanguage(
        "The three cities of Sundsvall, Östersund and Trondheim have been in co-operation since 1999",
      ),
    ).toBe("en");
    expect(textLanguage("Creative City of Gastronomy")).toBe("en");
  });

  it("marks only text in the other language than the page's", () => {
    expect(langAttribute("Samverkansavtal.", "en")).toBe("sv");
    expect(langAttribute("Samverkansavtal.", "sv")).toBeUndefined();
    expect(langAttribute("The city of Trondheim and the region", "sv")).toBe("en");
  });
});
