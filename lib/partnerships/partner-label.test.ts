import { describe, expect, it } from "vitest";
import { partnerLabel } from "./partner-label";

const none = { name: null, place: null, country: null, network: null };

describe("partnerLabel", () => {
  it("shows the Swedish exonym with the native name", () => {
    expect(partnerLabel({ ...none, name: "Vasa", place: { name: "Vaasa" } })).toBe("Vasa (Vaasa)");
    expect(partnerLabel({ ...none, name: "Nykarleby", place: { name: "Nykarleby" } })).toBe("Nykarleby");
  });

  it("does not repeat a name that differs only in accents or apostrophes", () => {
    expect(partnerLabel({ ...none, name: "Xi'an", place: { name: "Xi’an" } })).toBe("Xi'an");
    expect(partnerLabel({ ...none, name: "Helsingör", place: { name: "Helsingør" } })).toBe("Helsingör");
  });

  it("falls back to the place, network or country name", () => {
    expect(partnerLabel({ ...none, place: { name: "Trondheim" } })).toBe("Trondheim");
    expect(partnerLabel({ ...none, network: { name: "Eurocities" } })).toBe("Eurocities");
    expect(partnerLabel({ ...none, country: { nameSv: "Seychellerna" } })).toBe("Seychellerna");
  });

  it("uses a free-text name when nothing else is known", () => {
    expect(partnerLabel({ ...none, name: "Okänd ort" })).toBe("Okänd ort");
  });
});
