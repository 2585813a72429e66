import { describe, expect, it } from "vitest";
import { MARKER_STYLE } from "./link-style";
import { labelsShown, LABEL_MIN_ZOOM, markerBox, markerReach, TARGET_SIZE } from "./markers";

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
