import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl";
import en from "../i18n/messages/en.json";
import sv from "../i18n/messages/sv.json";
import { partnershipChanges } from "./history";
import { historyValue, versionNumbers } from "./history-words";

const translator = (messages: typeof sv) => createTranslator({ locale: "sv", messages });
const catalogue = {
  areas: { culture: "Kultur", education: "Skola och utbildning" },
  funding: { eu: "EU-medel" },
};

describe("historyValue", () => {
  const t = translator(sv);

  it("names catalogue codes by their names", () => {
    expect(historyValue(t, "areaCodes", "culture, education", catalogue)).toBe(
      "Kultur, Skola och utbildning",
    );
    expect(historyValue(t, "fundingCodes", "eu", catalogue)).toBe("EU-medel");
  });

  it("names the verification state with the one word used everywhere", () => {
    expect(historyValue(t, "verification", "VERIFIED")).toBe("Verifierad");
    expect(historyValue(t, "verification", "NEEDS_REVIEW")).toBe("Ej verifierad");
    expect(historyValue(translator(en), "verification", "NEEDS_REVIEW")).toBe("Not verified");
  });

  it("names kinds and activity levels, and says yes or no for booleans", () => {
    expect(historyValue(t, "kind", "TWIN_TOWN")).toBe("Vänort");
    expect(historyValue(t, "activityLevel", "SPORADIC")).toBe("Sporadisk");
    expect(historyValue(t, "removed", "true")).toBe("Ja");
    expect(historyValue(translator(en), "removed", "false")).toBe("No");
  });

  it("says that a value is empty, and keeps free text as it is", () => {
    expect(historyValue(t, "description", "")).toBe("(tomt)");
    expect(historyValue(t, "description", "Skolutbyte")).toBe("Skolutbyte");
  });

  it("reads a real change of a partnership's review state and areas in words", () => {
    const before = { kind: "TWIN_TOWN", verification: "NEEDS_REVIEW", areas: [{ areaCode: "culture" }] };
    const after = {
      ...before,
      verification: "VERIFIED",
      areas: [{ areaCode: "culture" }, { areaCode: "education" }],
    };
    const words = partnershipChanges(before, after).map((c) => [
      c.field,
      historyValue(t, c.field, c.before, catalogue),
      historyValue(t, c.field, c.after, catalogue),
    ]);
    expect(words).toEqual([
      ["areaCodes", "Kultur", "Kultur, Skola och utbildning"],
      ["verification", "Ej verifierad", "Verifierad"],
    ]);
  });
});

describe("versionNumbers", () => {
  it("numbers versions from the oldest, for events listed newest first", () => {
    const numbers = versionNumbers([{ id: 30n }, { id: 20n }, { id: 10n }]);
    expect([numbers.get("30"), numbers.get("20"), numbers.get("10")]).toEqual([3, 2, 1]);
  });
});
