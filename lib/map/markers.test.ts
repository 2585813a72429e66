import { describe, expect, it } from "vitest";
import { MARKER_STYLE } from "./link-style";
import type { MapData } from "./map-data";
import { labelsShown, LABEL_MIN_ZOOM, markerBox, markerReach, partnerPlaces, TARGET_SIZE } from "./markers";
import type { DrawnLink } from "./model";

describe("markers", () => {
  it("names every marker from the label zoom on, not at the national view", () => {
    expect(labelsShown(4)).toBe(false);
    expect(labelsShown(LABEL_MIN_ZOOM - 1)).toBe(false);
    expect(labelsShown(LABEL_MIN_ZOOM)).toBe(true);
    expect(labelsShown(12)).toBe(true);
  });

  it("draws each marker in a box that holds its circle and stroke", () => {
    for (const style of Object.values(MARKER_STYLE)) {
      expect(markerBox(style)).toBeGreaterThanOrEqual(2 * (style.radius + style.weight / 2));
      expect(Number.isInteger(markerBox(style))).toBe(true);
    }
    // Small markers claim the room of a 24 px target, so two moved apart can be hit one at a time.
    expect(markerReach(MARKER_STYLE.member)).toBe(TARGET_SIZE / 2);
    expect(markerReach({ radius: 20, fillColor: "#000", color: "#fff", weight: 2 })).toBe(21);
  });
});

describe("partner places", () => {
  it("marks each drawn line's far end once, unverified if any of its lines is", () => {
    const data = {
      members: [],
      targets: [
        ["p1", "Vasa", "FI", 63.1, 21.6],
        ["p2", "Harstad", "NO", 68.8, 16.5],
      ],
      links: [],
    } as unknown as MapData;
    const link = (targetIndex: number, unverified: boolean): DrawnLink => ({
      from: [63.8, 20.3],
      to: targetIndex === 0 ? [63.1, 21.6] : [68.8, 16.5],
      kind: "T",
      activity: "A",
      unverified,
      ended: false,
      count: 1,
      targetIndex,
    });
    const places = partnerPlaces([link(0, false), link(1, false), link(0, true)], data);
    expect(places.map((p) => [p.name, p.unverified])).toEqual([
      ["Vasa", true],
      ["Harstad", false],
    ]);
    const bundle = { ...link(0, false), targetIndex: undefined, countryCode: "FI", count: 12 };
    expect(partnerPlaces([bundle], data)[0]!.name).toBe("FI: 12");
  });
});
