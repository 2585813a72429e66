import { describe, expect, it } from "vitest";
import type { MapData } from "./map-data";
import {
  compactMapData,
  countryBundles,
  forTransfer,
  MAX_SINGLE_LINKS,
  overviewOf,
  membersOfTarget,
  memberRows,
  pairCount,
  pairLinks,
  partnersOfMember,
  sortMemberRows,
  summarise,
} from "./model";

// Umeå with three partnerships (one of them with two partner towns), Östersund with one,
// Region Västerbotten with one to a network (no position).
const data: MapData = {
  members: [
    [1, "2480", "M", "Umeå", "umea", 63.83, 20.26],
    [2, "2380", "M", "Östersund", "ostersund", 63.18, 14.64],
    [3, "24", "R", "Region Västerbotten", "vasterbotten", 64.5, 18.5],
  ],
  targets: [
    ["p1", "Vasa", "FI", 63.1, 21.62],
    ["p2", "Helsingør", "DK", 56.04, 12.61],
    ["p3", "Würzburg", "DE", 49.79, 9.95],
    ["n:1", "Eurocities", null, null, null],
    ["p4", "Trondheim", "NO", 63.43, 10.4],
  ],
  links: [
    [10, 0, 0, "T", "A", 0],
    [11, 0, 1, "T", "S", 2],
    [12, 0, 2, "O", "", 0],
    [12, 0, 0, "O", "", 0],
    [13, 1, 4, "T", "A", 1],
    [14, 2, 3, "O", "A", 0],
  ],
};

describe("summarise", () => {
  it("counts distinct partnerships, members, places and countries", () => {
    expect(summarise(data)).toEqual({ partnerships: 5, members: 3, places: 5, countries: 4 });
  });
});

describe("memberRows", () => {
  it("counts a partnership with two partners once, by kind, with its active ones", () => {
    const umea = memberRows(data).find((r) => r.code === "2480")!;
    expect(umea).toMatchObject({ partnerships: 3, byKind: { T: 2, M: 0, O: 1 }, active: 1 });
  });

  it("sorts by name or by number of partnerships", () => {
    const rows = memberRows(data);
    expect(sortMemberRows(rows, "name", "sv").map((r) => r.name)).toEqual([
      "Region Västerbotten",
      "Umeå",
      "Östersund",
    ]);
    expect(sortMemberRows(rows, "partnerships", "sv").map((r) => r.name)[0]).toBe("Umeå");
  });
});

describe("side panel rows", () => {
  it("lists a member's partners by kind then name, with their flags", () => {
    const rows = partnersOfMember(data, 0, "sv");
    expect(rows.map((r) => [r.name, r.kind])).toEqual([
      ["Helsingør", "T"],
      ["Vasa", "T"],
      ["Vasa", "O"],
      ["Würzburg", "O"],
    ]);
    expect(rows[0]).toMatchObject({ unverified: true, ended: false, activity: "S" });
  });

  it("lists a place's Swedish members", () => {
    expect(membersOfTarget(data, 0, "sv").map((r) => data.members[r.memberIndex]![3])).toEqual([
      "Umeå",
      "Umeå",
    ]);
    expect(membersOfTarget(data, 4, "sv")[0]).toMatchObject({ ended: true });
  });
});

describe("lines to draw", () => {
  it("draws one line per member–place pair with positions at both ends", () => {
    const lines = pairLinks(data);
    expect(lines).toHaveLength(4); // Umeå–Vasa (twice: one line), Umeå–Helsingør, Umeå–Würzburg, Östersund–Trondheim; the network has no position
    expect(lines.find((l) => l.targetIndex === 0)).toMatchObject({
      count: 2,
      kind: "T",
      from: [63.83, 20.26],
      to: [63.1, 21.62],
    });
    expect(pairCount(data)).toBe(5);
  });

  it("draws only the selected member's lines when asked", () => {
    expect(pairLinks(data, 1).map((l) => l.targetIndex)).toEqual([4]);
  });

  it("bundles lines per partner country and kind, from the members' mean position", () => {
    const bundles = countryBundles(data);
    const finland = bundles.filter((b) => b.countryCode === "FI");
    expect(finland.map((b) => [b.kind, b.count])).toEqual([
      ["T", 1],
      ["O", 1],
    ]);
    expect(bundles).toHaveLength(5);
    expect(bundles.find((b) => b.countryCode === "NO")).toMatchObject({
      from: [63.18, 14.64],
      to: [63.43, 10.4],
      count: 1,
    });
  });
});

describe("compactMapData", () => {
  it("keeps only linked members and renumbers the links", () => {
    const one: MapData = { ...data, links: data.links.filter((l) => l[1] === 1) };
    const compact = compactMapData(one);
    expect(compact.members.map((m) => m[3])).toEqual(["Östersund"]);
    expect(compact.links).toEqual([[13, 0, 4, "T", "A", 1]]);
  });
});

describe("forTransfer", () => {
  it("sends a small selection link by link", () => {
    expect(forTransfer(data)).toBe(data);
  });

  it("sends a large one as members plus the overview: same counts, rows and bundles", () => {
    const many: MapData = {
      members: data.members,
      targets: Array.from({ length: MAX_SINGLE_LINKS + 1 }, (_, i) => [
        `p${i}`,
        `Ort ${i}`,
        i % 2 ? "FI" : "NO",
        60 + (i % 10),
        20 + (i % 7),
      ]),
      links: Array.from({ length: MAX_SINGLE_LINKS + 1 }, (_, i) => [i, i % 3, i, i % 2 ? "T" : "O", "A", 0]),
    };
    const sent = forTransfer(many);
    expect(sent.links).toEqual([]);
    expect(sent.targets).toEqual([]);
    expect(sent.members).toBe(many.members);
    expect(sent.overview).toEqual(overviewOf(many));
    expect(sent.overview!.summary.partnerships).toBe(MAX_SINGLE_LINKS + 1);
    expect(sent.overview!.bundles.map((b) => `${b.countryCode}:${b.kind}`).sort()).toEqual(["FI:T", "NO:O"]);
  });
});
