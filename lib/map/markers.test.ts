import { describe, expect, it } from "vitest";
import { MARKER_STYLE } from "./link-style";
import { labelsShown, LABEL_MIN_ZOOM, markerBox, markerReach } from "./markers";

describe("markers", () => {
  it("names every marker from the label zoom on, not at the national view", () => {
    expect(labelsShown(4)).toBe(false);
    expect(labelsShown(LABEL_MIN_ZOOM - 1)).toBe(false);
    expect(labelsShown(LABEL_MIN_ZOOM)).toBe(true);
    expect(labelsShown(12)).toBe(true);
  });

  it("draws each marker in a box that holds its circle and stroke", () => {
    for (const style of Object.values(MARKER_STYLE)) {
      expect(markerBox(style)).toBeGreaterThanOrEqual(2 * markerReach(style));
      expect(Number.isInteger(markerBox(style))).toBe(true);
    }
    expect(markerReach(MARKER_STYLE.member)).toBe(5.75);
  });
});
