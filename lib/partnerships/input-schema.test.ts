import { describe, expect, it } from "vitest";
import { fieldErrorsText } from "../validation/field-errors-text";
import { parsePartnershipContent, parsePartnershipEnding, partnershipUpdateSchema } from "./input-schema";

const year = new Date().getFullYear();
const valid = {
  kind: "TWIN_TOWN",
  participantIds: [1],
  partners: [{ type: "PLACE", placeId: 632978, name: "Vasa" }],
};

const errorsOf = (input: unknown) => {
  const parsed = parsePartnershipContent(input);
  if (parsed.ok) throw new Error("expected errors");
  return fieldErrorsText("sv", parsed.fieldErrors);
};

describe("partnership input schema", () => {
  it("accepts a minimal vänort and fills the lists", () => {
    const parsed = parsePartnershipContent(valid);
    expect(parsed).toEqual({
      ok: true,
      data: { ...valid, decisionRefs: [], areaCodes: [], fundingCodes: [] },
    });
  });

  it("trims text, drops empty optional fields and duplicates", () => {
    const parsed = parsePartnershipContent({
      ...valid,
      title: "  ",
      description: " Skolutbyte ",
      startYear: null,
      decisionRefs: ["KF 2019-11-25 § 155", "KF 2019-11-25 § 155 "],
      areaCodes: ["culture", "culture"],
      participantIds: [1, 1, 2],
    });
    expect(parsed.ok && parsed.data).toMatchObject({
      description: "Skolutbyte",
      decisionRefs: ["KF 2019-11-25 § 155"],
      areaCodes: ["culture"],
      participantIds: [1, 2],
    });
    expect(parsed.ok && "title" in parsed.data && parsed.data.title).toBeFalsy();
  });

  it("names the start year and its range in Swedish", () => {
    const message = `Startåret måste vara ett årtal mellan 1900 och ${year}.`;
    expect(errorsOf({ ...valid, startYear: 1899 }).startYear).toEqual([message]);
    expect(errorsOf({ ...valid, startYear: year + 1 }).startYear).toEqual([message]);
    expect(errorsOf({ ...valid, startYear: 2001.5 }).startYear).toEqual([message]);
    expect(errorsOf({ ...valid, startYear: "abc" }).startYear).toEqual([message]);
  });

  it("answers message codes with their parameters, in English too", () => {
    const parsed = parsePartnershipContent({ ...valid, startYear: 1899, description: "x".repeat(5001) });
    expect(!parsed.ok && parsed.fieldErrors).toEqual({
      startYear: [{ code: "startYearRange", values: { min: 1900, max: year } }],
      description: [{ code: "tooLong", values: { field: "description", max: 5000 } }],
    });
    expect(!parsed.ok && fieldErrorsText("en", parsed.fieldErrors)).toEqual({
      startYear: [`The start year must be a year between 1900 and ${year}.`],
      description: ["The description can be at most 5000 characters. Shorten the text."],
    });
    expect(!parsed.ok && fieldErrorsText("sv", parsed.fieldErrors).description).toEqual([
      "Beskrivningen får vara högst 5000 tecken. Korta texten.",
    ]);
  });

  it("requires a kind, a participant and a partner", () => {
    const errors = errorsOf({ kind: "TWIN", participantIds: [], partners: [] });
    expect(errors.kind).toEqual([
      "Välj typ av samarbete: vänort, kommunalt partnerskap eller annat internationellt samarbete.",
    ]);
    expect(errors.participantIds).toEqual(["Ange minst en svensk deltagare (kommun eller region)."]);
    expect(errors.partners).toEqual([
      "Ange minst en partner: en ort, ett land, ett nätverk eller en organisation.",
    ]);
  });

  it("requires otherType exactly for OTHER", () => {
    expect(errorsOf({ ...valid, kind: "OTHER" }).otherType).toEqual([
      "Välj vilket slags samarbete det är, eftersom typen är annat internationellt samarbete.",
    ]);
    expect(errorsOf({ ...valid, otherType: "PROJECT" }).otherType?.[0]).toMatch(
      /bara för annat internationellt samarbete/,
    );
    expect(parsePartnershipContent({ ...valid, kind: "OTHER", otherType: "PROJECT" }).ok).toBe(true);
  });

  it("checks each kind of partner and keys errors by position", () => {
    const errors = errorsOf({
      ...valid,
      partners: [
        { type: "PLACE" },
        { type: "COUNTRY", countryCode: "Finland" },
        { type: "NETWORK", networkId: -1 },
        { type: "ORGANISATION", name: " " },
        { type: "SOMETHING" },
      ],
    });
    expect(errors["partners.0.placeId"]).toEqual(["Välj orten i listan över orter."]);
    expect(errors["partners.1.countryCode"]).toEqual(["Välj landet i listan över länder."]);
    expect(errors["partners.2.networkId"]).toEqual(["Välj nätverket i listan över nätverk."]);
    expect(errors["partners.3.name"]).toEqual(["Ange organisationens namn."]);
    expect(errors["partners.4.type"]?.[0]).toMatch(/^Välj vad partnern är/);
  });

  it("upper-cases country codes and keeps an organisation without country", () => {
    const parsed = parsePartnershipContent({
      ...valid,
      partners: [
        { type: "COUNTRY", countryCode: "sc", name: "Seychellerna" },
        { type: "ORGANISATION", name: "Pöltsamaa kommun", countryCode: "" },
      ],
    });
    expect(parsed.ok).toBe(false); // "" is not a country code: the form must send null for "none"
    const ok = parsePartnershipContent({
      ...valid,
      partners: [
        { type: "COUNTRY", countryCode: "sc" },
        { type: "FREE_TEXT", name: "Eno" },
      ],
    });
    expect(ok.ok && ok.data.partners).toEqual([
      { type: "COUNTRY", countryCode: "SC" },
      { type: "FREE_TEXT", name: "Eno" },
    ]);
  });

  it("the update variant also needs the version the form started from", () => {
    expect(partnershipUpdateSchema.safeParse(valid).success).toBe(false);
    expect(partnershipUpdateSchema.safeParse({ ...valid, expectedVersion: 3 }).success).toBe(true);
  });

  it("ending needs a real date and keeps reason and decision optional", () => {
    expect(parsePartnershipEnding({ endedOn: "2020-06-30", endReason: "Kommunsammanslagning" })).toEqual({
      ok: true,
      data: { endedOn: new Date("2020-06-30T00:00:00Z"), endReason: "Kommunsammanslagning" },
    });
    for (const endedOn of [undefined, "", "2020-02-30", "30/6/2020"]) {
      const parsed = parsePartnershipEnding({ endedOn });
      expect(parsed).toEqual({ ok: false, fieldErrors: { endedOn: [{ code: "endDateFormat" }] } });
      expect(!parsed.ok && fieldErrorsText("sv", parsed.fieldErrors)).toEqual({
        endedOn: ["Ange slutdatumet som ett datum, till exempel 2020-12-31."],
      });
    }
  });
});
