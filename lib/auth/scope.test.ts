import { describe, expect, it } from "vitest";
import {
  actsFor,
  actsForAny,
  organisationsInScope,
  partnershipsInScope,
  policiesInScope,
  scopeOf,
} from "./scope";

describe("scope", () => {
  it("gives administrators every member and officers their own", () => {
    expect(scopeOf({ role: "ADMINISTRATOR", organisationIds: [7, 9] })).toBe("all");
    expect(scopeOf({ role: "OFFICER", organisationIds: [7, 9] })).toEqual({ organisationIds: [7, 9] });
  });

  it("lets an officer without assignments act for no one", () => {
    expect(actsFor({ organisationIds: [] }, 1)).toBe(false);
    expect(actsForAny({ organisationIds: [] }, [1])).toBe(false);
    expect(actsFor("all", 1)).toBe(true);
    expect(actsForAny({ organisationIds: [1] }, [2, 1])).toBe(true);
    expect(actsForAny("all", [])).toBe(true);
  });

  it("puts the confirmed participants into a partnership's where, and an empty scope matches nothing", () => {
    expect(partnershipsInScope("all")).toEqual({});
    // A pending request (confirmedAt null) gives no right to edit.
    expect(partnershipsInScope({ organisationIds: [3, 4] })).toEqual({
      participants: { some: { organisationId: { in: [3, 4] }, confirmedAt: { not: null } } },
    });
    expect(organisationsInScope({ organisationIds: [] })).toEqual({ id: { in: [] } });
    expect(policiesInScope({ organisationIds: [5] })).toEqual({ organisationId: { in: [5] } });
    expect(organisationsInScope("all")).toEqual({});
  });
});
