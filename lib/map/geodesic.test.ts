import { describe, expect, it } from "vitest";
import { centralAngle, greatCircle, type LatLon } from "./geodesic";

const UMEA: LatLon = [63.83, 20.26];
const VASA: LatLon = [63.1, 21.62];
const VASTERAS: LatLon = [59.61, 16.55];
const MADISON: LatLon = [43.07, -89.4];
const EARTH_RADIUS_KM = 6371;

describe("centralAngle", () => {
  it("is the distance on the sphere: Umeå–Vasa about 105 km", () => {
    expect(centralAngle(UMEA, VASA) * EARTH_RADIUS_KM).toBeGreaterThan(100);
    expect(centralAngle(UMEA, VASA) * EARTH_RADIUS_KM).toBeLessThan(110);
  });
  it("is zero for the same point and π for antipodes", () => {
    expect(centralAngle(UMEA, UMEA)).toBe(0);
    expect(centralAngle([0, 0], [0, 180])).toBeCloseTo(Math.PI, 9);
  });
});

describe("greatCircle", () => {
  it("starts and ends at the two places", () => {
    const arc = greatCircle(VASTERAS, MADISON);
    expect(arc[0]).toEqual(VASTERAS);
    expect(arc.at(-1)![0]).toBeCloseTo(MADISON[0], 9);
    expect(arc.at(-1)![1]).toBeCloseTo(MADISON[1], 9);
  });

  it("uses few points for a short link and more for a long one", () => {
    expect(greatCircle(UMEA, VASA)).toHaveLength(2);
    const long = greatCircle(VASTERAS, MADISON);
    expect(long.length).toBeGreaterThan(30);
    expect(long.length).toBeLessThanOrEqual(65);
  });

  it("bends towards the pole: Västerås–Madison passes north of both ends", () => {
    const maxLat = Math.max(...greatCircle(VASTERAS, MADISON).map(([lat]) => lat));
    expect(maxLat).toBeGreaterThan(65);
  });

  it("keeps every point on the great circle (equal steps of arc)", () => {
    const arc = greatCircle(VASTERAS, MADISON);
    const steps = arc.slice(1).map((p, i) => centralAngle(arc[i]!, p));
    for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 6);
    expect(steps.reduce((a, b) => a + b, 0)).toBeCloseTo(centralAngle(VASTERAS, MADISON), 6);
  });

  it("does not jump across the antimeridian: longitudes change by less than 180° per step", () => {
    const arc = greatCircle([60, 170], [60, -170]);
    for (let i = 1; i < arc.length; i++) expect(Math.abs(arc[i]![1] - arc[i - 1]![1])).toBeLessThan(180);
    expect(arc.at(-1)![1]).toBeCloseTo(190, 6); // -170 unwrapped east of 170
  });

  it("handles identical points", () => {
    expect(greatCircle(UMEA, UMEA)).toEqual([UMEA, UMEA]);
  });
});
