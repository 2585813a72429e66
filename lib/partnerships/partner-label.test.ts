import { describe, expect, it } from "vitest";
import { partnerLabel } from "./partner-label";

const none = { name: null, place: null, country: null, network: null };
const seychelles = { nameSv: "Seychellerna", nameEn: "Seychelles" };

describe("partnerLabel", () => {
  it("shows the Swedish exonym with the native name", () => {
    expect(partnerLabel({ ...none, name: "Vasa", place: { name: "Vaasa" } })).toBe("Vasa (Vaasa)");
    expect(partnerLabel({ ...none, name: "Nykarleby", place: { name: "Nykarleby" } })).toBe("Nykarleby");
  });

  it("does not repeat a name that differs only in accents or apostrophes", () => {
    expect(partnerLabel({ ...none, name: "Xi'an", place: { name: "Xi’an" } })).toBe("Xi'an");
    expect(partnerLabel({ ...none, name: "Helsingör", place: { name: "Helsingør" } })).toBe("Helsingör");
  });

  it("falls back to the place or network name", () => {
    expect(partnerLabel({ ...none, place: { name: "Trondheim" } })).toBe("Trondheim");
    expect(partnerLabel({ ...none, network: { name: "Eurocities" } })).toBe("Eurocities");
  });

  it("names a whole country in the reader's language", () => {
    expect(partnerLabel({ ...none, country: seychelles })).toBe("Seychellerna");
    expect(partnerLabel({ ...none, name: "Seychellerna", country: seychelles }, "en")).toBe("Seychelles");
  });

  it("keeps an organisation's own name even when its country is known", () => {
    expect(
      partnerLabel({ ...none, name: "Nordic Council", country: { nameSv: "Danmark", nameEn: "Denmark" } }),
    ).toBe("Nordic Council");
  });

  it("uses a free-text name when nothing else is known", () => {
    expect(partnerLabel({ ...none, name: "Okänd ort" })).toBe("Okänd ort");
  });
});
