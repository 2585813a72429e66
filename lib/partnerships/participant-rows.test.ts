import { describe, expect, it } from "vitest";
import { participationRows } from "./participant-rows";

const now = new Date("2026-12-04T12:00:00Z");
const earlier = new Date("2020-01-01T00:00:00Z");

describe("participationRows", () => {
  it("confirms the members the writer acts for and asks the others", () => {
    expect(
      participationRows(7, [1, 2], { scope: { organisationIds: [1] }, userId: 42 }, new Map(), now),
    ).toEqual([
      { partnershipId: 7, organisationId: 1, confirmedAt: now, confirmedById: 42 },
      { partnershipId: 7, organisationId: 2, confirmedAt: null, confirmedById: null },
    ]);
  });

  it("confirms everyone an administrator adds, and trusted processes without a user", () => {
    expect(participationRows(7, [1, 2], { scope: "all" }, new Map(), now)).toEqual([
      { partnershipId: 7, organisationId: 1, confirmedAt: now, confirmedById: null },
      { partnershipId: 7, organisationId: 2, confirmedAt: now, confirmedById: null },
    ]);
  });

  it("keeps the state of members already on the partnership, whoever writes", () => {
    const existing = new Map([
      [1, { confirmedAt: earlier, confirmedById: 5 }],
      [2, { confirmedAt: null, confirmedById: null }],
    ]);
    expect(participationRows(7, [1, 2], { scope: "all", userId: 9 }, existing, now)).toEqual([
      { partnershipId: 7, organisationId: 1, confirmedAt: earlier, confirmedById: 5 },
      { partnershipId: 7, organisationId: 2, confirmedAt: null, confirmedById: null },
    ]);
  });
});
