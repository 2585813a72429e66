import { describe, expect, it } from "vitest";
import { ACTIVITY_LEVELS, MEMBER_KINDS, PARTNERSHIP_KINDS, ROLES } from "./enums";

describe("the schema's enumerations", () => {
  it("are listed in the schema's order, which is the report's", () => {
    expect(PARTNERSHIP_KINDS).toEqual(["TWIN_TOWN", "MUNICIPAL_PARTNERSHIP", "OTHER"]);
    expect(ACTIVITY_LEVELS).toEqual(["ACTIVE", "SPORADIC", "DORMANT"]);
    expect(MEMBER_KINDS).toEqual(["MUNICIPALITY", "REGION"]);
    expect(ROLES).toEqual(["ADMINISTRATOR", "OFFICER"]);
  });
});
