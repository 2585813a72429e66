import { describe, expect, it } from "vitest";
import type { MapData } from "./map-data";
import { memberMapDataUrl, memberMapSummary } from "./member-summary";

// Umeå with three partner places (Vasa twice: two partnerships, one line), Region Västerbotten
// with a network only (no position).
const data: MapData = {
  members: [
    [1, "2480", "M", "Umeå kommun", "umea", 63.83, 20.26],
    [2, "2380", "M", "Östersunds kommun", "ostersund", 63.18, 14.64],
    [3, "24", "R", "Region Västerbotten", "vasterbotten", 64.5, 18.5],
  ],
  targets: [
    ["p1", "Vasa", "FI", 63.1, 21.62],
    ["p3", "Würzburg", "DE", 49.79, 9.95],
    ["p5", "Saskatoon", "CA", 52.13, -106.67],
    ["n:1", "Eurocities", null, null, null],
  ],
  links: [
    [10, 0, 0, "T", "A", 0],
    [11, 0, 0, "O", "", 0],
    [12, 0, 1, "T", "S", 0],
    [13, 0, 2, "T", "", 0],
    [14, 2, 3, "O", "A", 0],
  ],
};

describe("memberMapSummary", () => {
  it("counts the member's lines and bounds them, ends included", () => {
    expect(memberMapSummary(data, 1)).toEqual({
      code: "2480",
      name: "Umeå kommun",
      lines: 3,
      bounds: [
        [49.79, -106.67],
        [63.83, 21.62],
      ],
    });
  });

  it("is null when nothing the member has can be drawn (a network, or no links at all)", () => {
    expect(memberMapSummary(data, 3)).toBeNull();
    expect(memberMapSummary(data, 2)).toBeNull();
    expect(memberMapSummary(data, 99)).toBeNull();
  });

  it("asks the map API for the member's links, in English when the page is", () => {
    expect(memberMapDataUrl("2480", "sv")).toBe("/api/v1/map?vald=2480");
    expect(memberMapDataUrl("24", "en")).toBe("/api/v1/map?vald=24&sprak=en");
  });
});
