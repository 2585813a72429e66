import { describe, expect, it } from "vitest";
import { parsePartnershipContent } from "./input-schema";
import { changedFields, contentFromView, editableView } from "./snapshot";

const row = {
  kind: "TWIN_TOWN",
  otherType: null,
  title: null,
  activityLevel: "ACTIVE",
  startYear: 1970,
  description: null,
  decisionRefs: ["KF 1970"],
  endedOn: new Date("2020-01-31T00:00:00Z"),
  endReason: null,
  endDecisionRef: null,
  verification: "VERIFIED",
  reviewNote: null,
  removedAt: null,
  participants: [{ organisationId: 7 }, { organisationId: 3 }],
  partners: [{ type: "PLACE", placeId: 632978, countryCode: null, networkId: null, name: "Vasa" }],
  areas: [{ areaCode: "school" }, { areaCode: "culture" }],
  fundingForms: [],
};

describe("editable view", () => {
  it("reads a live row and its JSON snapshot the same way", () => {
    const snapshot = JSON.parse(JSON.stringify(row));
    expect(editableView(snapshot)).toEqual(editableView(row));
    expect(editableView(row)).toMatchObject({
      endedOn: "2020-01-31",
      participantIds: [3, 7],
      areaCodes: ["culture", "school"],
      removed: false,
    });
  });

  it("lists the fields that differ", () => {
    const after = {
      ...row,
      activityLevel: "DORMANT",
      removedAt: new Date(),
      areas: [{ areaCode: "culture" }, { areaCode: "school" }],
    };
    expect(changedFields(editableView(row), editableView(after))).toEqual(["activityLevel", "removed"]);
    const partner = { ...row, partners: [{ ...row.partners[0]!, name: "Vaasa" }] };
    expect(changedFields(editableView(row), editableView(partner))).toEqual(["partners"]);
  });

  it("turns a snapshot back into input the schema accepts", () => {
    const parsed = parsePartnershipContent(contentFromView(editableView(row)));
    expect(parsed.ok && parsed.data).toEqual({
      kind: "TWIN_TOWN",
      activityLevel: "ACTIVE",
      startYear: 1970,
      decisionRefs: ["KF 1970"],
      areaCodes: ["culture", "school"],
      fundingCodes: [],
      participantIds: [3, 7],
      partners: [{ type: "PLACE", placeId: 632978, name: "Vasa" }],
    });
  });
});
