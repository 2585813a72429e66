import { describe, expect, it } from "vitest";
import { spreadOverlapping, type ScreenMarker } from "./spread";

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

function closestPair(points: { x: number; y: number }[]): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) min = Math.min(min, distance(points[i]!, points[j]!));
  return min;
}

describe("spreadOverlapping", () => {
  it("leaves markers that overlap nothing where they are", () => {
    const markers: ScreenMarker[] = [
      { x: 0, y: 0, r: 5 },
      { x: 40, y: 0, r: 5 },
      { x: 0, y: 40, r: 5 },
    ];
    expect(spreadOverlapping(markers)).toEqual(markers.map(({ x, y }) => ({ x, y })));
  });

  it("moves two markers at one spot apart, each half-way to either side of it", () => {
    const [a, b] = spreadOverlapping([
      { x: 100, y: 50, r: 5 },
      { x: 100, y: 50, r: 5 },
    ]);
    expect(distance(a!, b!)).toBeGreaterThanOrEqual(12 - 1e-9); // two radii and the gap
    expect((a!.x + b!.x) / 2).toBeCloseTo(100);
    expect((a!.y + b!.y) / 2).toBeCloseTo(50);
  });

  it("moves a small marker out from under a larger one (Vasa beside a chosen Umeå) and keeps its side", () => {
    // Umeå, chosen (radius 8 + stroke), and Vasa 6 px to its south-east at a low zoom.
    const [umea, vasa] = spreadOverlapping([
      { x: 200, y: 200, r: 8.75 },
      { x: 204, y: 204.5, r: 5 },
    ]);
    expect(distance(umea!, vasa!)).toBeGreaterThanOrEqual(8.75 + 8.75 + 2 - 1e-9);
    expect(vasa!.x).toBeGreaterThan(umea!.x);
    expect(vasa!.y).toBeGreaterThan(umea!.y);
  });

  it("separates a neighbour that a group's ring would move a marker onto (Umeå, Vasa, Nykarleby)", () => {
    // Target-size room (12 px each): Vasa overlaps Umeå and Nykarleby, which do not overlap each other.
    const spread = spreadOverlapping([
      { x: 100, y: 100, r: 12 },
      { x: 118, y: 110, r: 12 },
      { x: 128, y: 99, r: 12 },
    ]);
    expect(closestPair(spread)).toBeGreaterThanOrEqual(24);
  });

  it("keeps every marker of a crowd at one spot clear of the others, on a ring or a spiral", () => {
    for (const n of [3, 5, 8, 9, 20, 120]) {
      const spread = spreadOverlapping(Array.from({ length: n }, () => ({ x: 0, y: 0, r: 5 })));
      expect(closestPair(spread), `${n} markers`).toBeGreaterThanOrEqual(12 - 0.01);
      // And compactly: the crowd stays within a radius that grows with the square root of its size.
      expect(Math.max(...spread.map((p) => distance(p, { x: 0, y: 0 }))), `${n} markers`).toBeLessThan(
        12 * Math.sqrt(n) + 6,
      );
    }
  });

  it("does not chain a dense row of markers into one big group that moves far", () => {
    // 60 markers 6 px apart in a row: each overlaps its neighbours, none should move far.
    const row = Array.from({ length: 60 }, (_, i) => ({ x: i * 6, y: 0, r: 5 }));
    const spread = spreadOverlapping(row);
    for (const [i, p] of spread.entries()) expect(distance(p, row[i]!)).toBeLessThan(20);
  });

  it("gives the same answer for the same input, and none for none", () => {
    const markers = Array.from({ length: 30 }, (_, i) => ({ x: (i * 7) % 23, y: (i * 5) % 17, r: 4.5 }));
    expect(spreadOverlapping(markers)).toEqual(spreadOverlapping(markers));
    expect(spreadOverlapping([])).toEqual([]);
  });
});
