import { describe, expect, it } from "vitest";
import { formValues, positiveInt } from "./form-state";
import { organisationChanges, partnershipChanges } from "./history";
import { endingInputFromForm, partnershipInputFromForm } from "./partnership-form";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

describe("partnershipInputFromForm", () => {
  it("turns the form's fields into the domain input, by the schema's paths", () => {
    const input = partnershipInputFromForm(
      form([
        ["kind", "TWIN_TOWN"],
        ["otherType", ""],
        ["startYear", " 1995 "],
        ["decisionRefs", "KF 1995-05-02 § 12\r\n\r\n KS 1996-01-01 § 3 "],
        ["areaCodes", "culture"],
        ["areaCodes", "school"],
        ["participantIds", "12"],
        ["participantIds", "40"],
        ["partners.1.type", "COUNTRY"],
        ["partners.1.countryCode", "EE"],
        ["partners.0.type", "PLACE"],
        ["partners.0.placeId", "588335"],
        ["partners.0.name", "Dorpat"],
        ["partners.2.type", "NETWORK"],
        ["partners.2.networkId", "3"],
        ["partners.2.remove", "on"],
      ]),
    );
    expect(input).toEqual({
      kind: "TWIN_TOWN",
      otherType: undefined,
      title: undefined,
      activityLevel: undefined,
      startYear: 1995,
      description: undefined,
      decisionRefs: ["KF 1995-05-02 § 12", "KS 1996-01-01 § 3"],
      areaCodes: ["culture", "school"],
      fundingCodes: [],
      participantIds: [12, 40],
      partners: [
        { type: "PLACE", placeId: 588335, name: "Dorpat" },
        { type: "COUNTRY", countryCode: "EE", name: undefined },
      ],
    });
  });

  it("passes text where a number belongs on to the schema, which then names the field", () => {
    const input = partnershipInputFromForm(
      form([
        ["startYear", "nittonhundra"],
        ["partners.0.type", "PLACE"],
        ["partners.0.placeId", ""],
      ]),
    );
    expect(input.startYear).toBe("nittonhundra");
    expect(input.partners).toEqual([{ type: "PLACE", placeId: undefined, name: undefined }]);
  });

  it("reads the ending form", () => {
    expect(
      endingInputFromForm(
        form([
          ["endedOn", "2020-06-30"],
          ["endReason", " Sammanslagning "],
        ]),
      ),
    ).toEqual({
      endedOn: "2020-06-30",
      endReason: "Sammanslagning",
      endDecisionRef: undefined,
    });
  });
});

describe("form values", () => {
  it("keeps repeated fields as lists and leaves React's action fields out", () => {
    expect(
      formValues(
        form([
          ["a", "1"],
          ["b", "x"],
          ["b", "y"],
          ["$ACTION_ID_abc", ""],
        ]),
      ),
    ).toEqual({ a: "1", b: ["x", "y"] });
  });

  it("accepts only positive whole numbers as ids", () => {
    expect(positiveInt(form([["id", "42"]]), "id")).toBe(42);
    for (const bad of ["0", "-1", "4.2", "x", ""]) expect(positiveInt(form([["id", bad]]), "id")).toBeNull();
  });
});

describe("history changes", () => {
  const snapshot = (overrides: Record<string, unknown>) => ({
    kind: "TWIN_TOWN",
    startYear: 1995,
    activityLevel: "ACTIVE",
    participants: [{ organisationId: 1, organisation: { name: "Umeå kommun" } }],
    partners: [
      { type: "PLACE", placeId: 5, name: null, place: { name: "Tartu" }, country: null, network: null },
    ],
    ...overrides,
  });

  it("lists the fields an update changed, with names instead of ids", () => {
    expect(
      partnershipChanges(
        snapshot({}),
        snapshot({ activityLevel: "SPORADIC", endedOn: "2024-12-31T00:00:00.000Z" }),
      ),
    ).toEqual([
      { field: "activityLevel", before: "ACTIVE", after: "SPORADIC" },
      { field: "endedOn", before: "", after: "2024-12-31" },
    ]);
  });

  it("lists every given field of a creation", () => {
    const fields = partnershipChanges(null, snapshot({})).map((c) => c.field);
    expect(fields).toEqual(expect.arrayContaining(["kind", "startYear", "partners", "participantIds"]));
    expect(partnershipChanges(null, snapshot({})).find((c) => c.field === "partners")?.after).toBe("Tartu");
  });

  it("compares an organisation's profile fields by day", () => {
    expect(
      organisationChanges(
        { lastReviewedOn: "2018-03-28T00:00:00.000Z", contactName: "A" },
        { lastReviewedOn: "2026-11-23T00:00:00.000Z", contactName: "A" },
      ),
    ).toEqual([{ field: "lastReviewedOn", before: "2018-03-28", after: "2026-11-23" }]);
  });
});
