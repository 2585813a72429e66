import { describe, expect, it } from "vitest";
import { partnershipChanges } from "./history";

const snapshot = (participants: { organisationId: number; name: string; confirmedAt?: string | null }[]) => ({
  kind: "TWIN_TOWN",
  participants: participants.map(({ name, ...p }) => ({ ...p, organisation: { name } })),
  partners: [],
});

describe("partnershipChanges", () => {
  it("names a member's confirmation, which changes no field of the form", () => {
    const before = snapshot([
      { organisationId: 1, name: "Umeå kommun", confirmedAt: "2026-12-01T00:00:00Z" },
      { organisationId: 2, name: "Sollefteå kommun", confirmedAt: null },
    ]);
    const after = snapshot([
      { organisationId: 1, name: "Umeå kommun", confirmedAt: "2026-12-01T00:00:00Z" },
      { organisationId: 2, name: "Sollefteå kommun", confirmedAt: "2026-12-04T00:00:00Z" },
    ]);
    expect(partnershipChanges(before, after)).toEqual([
      { field: "confirmedParticipants", before: "Umeå kommun", after: "Sollefteå kommun, Umeå kommun" },
    ]);
  });

  it("says nothing about consent for snapshots from before participations were confirmed", () => {
    const old = snapshot([{ organisationId: 1, name: "Umeå kommun" }]);
    const now = snapshot([{ organisationId: 1, name: "Umeå kommun", confirmedAt: "2026-12-04T00:00:00Z" }]);
    expect(partnershipChanges(old, now)).toEqual([]);
  });
});
