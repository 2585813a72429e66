import { describe, expect, it } from "vitest";
import { partnerLabel } from "./partner-label";

const none = { name: null, place: null, country: null, network: null };
const seychelles = { nameSv: "Seychellerna", nameEn: "Seychelles" };
const at = (name: string, placeName: string) => ({ ...none, name, place: { name: placeName } });

describe("partnerLabel", () => {
  it("shows the member's own name with the native name in Swedish", () => {
    expect(partnerLabel(at("Vasa", "Vaasa"), "sv")).toBe("Vasa (Vaasa)");
    expect(partnerLabel(at("Nykarleby", "Nykarleby"), "sv")).toBe("Nykarleby");
  });

  it("shows the native name whenever the spelling differs at all, accents included", () => {
    expect(partnerLabel(at("Pöltsamaa", "Põltsamaa"), "sv")).toBe("Pöltsamaa (Põltsamaa)");
    expect(partnerLabel(at("Helsingör", "Helsingør"), "sv")).toBe("Helsingör (Helsingør)");
  });

  it("treats composed and decomposed accents as the same name", () => {
    expect(partnerLabel(at("Põltsamaa", "Po\u0303ltsamaa"), "sv")).toBe("Põltsamaa");
    expect(partnerLabel(at("Xi'an", "Xi’an"), "sv")).toBe("Xi'an");
  });

  it("uses GeoNames' name on English pages", () => {
    expect(partnerLabel(at("Vasa", "Vaasa"), "en")).toBe("Vaasa");
    expect(partnerLabel(at("Pöltsamaa", "Põltsamaa"), "en")).toBe("Põltsamaa");
    expect(partnerLabel(at("Helsingör", "Helsingør"), "en")).toBe("Helsingør");
    expect(partnerLabel(at("Köpenhamn", "Copenhagen"), "en")).toBe("Copenhagen");
  });

  it("falls back to the place or network name", () => {
    expect(partnerLabel({ ...none, place: { name: "Trondheim" } })).toBe("Trondheim");
    expect(partnerLabel({ ...none, network: { name: "Eurocities" } }, "en")).toBe("Eurocities");
  });

  it("names a whole country in the reader's language", () => {
    expect(partnerLabel({ ...none, country: seychelles })).toBe("Seychellerna");
    expect(partnerLabel({ ...none, name: "Seychellerna", country: seychelles }, "en")).toBe("Seychelles");
  });

  it("keeps an organisation's own name even when its country is known", () => {
    const nordic = { ...none, name: "Nordic Council", country: { nameSv: "Danmark", nameEn: "Denmark" } };
    expect(partnerLabel(nordic, "sv")).toBe("Nordic Council");
    expect(partnerLabel(nordic, "en")).toBe("Nordic Council");
  });

  it("uses a free-text name when nothing else is known", () => {
    expect(partnerLabel({ ...none, name: "Okänd ort" })).toBe("Okänd ort");
  });
});
