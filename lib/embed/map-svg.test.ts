import { describe, expect, it } from "vitest";
import { embedMapSvg, MAP_HEIGHT, MAP_WIDTH } from "./map-svg";

const umea = { lat: 63.83, lon: 20.26 };
const vaasa = { lat: 63.1, lon: 21.62 };
const harbin = { lat: 45.75, lon: 126.65 };

const coordinates = (svg: string) =>
  [...svg.matchAll(/<circle cx="(-?\d+)" cy="(-?\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe("embedMapSvg", () => {
  it("draws the member and each partner inside the frame, with an accessible name", () => {
    const svg = embedMapSvg({
      member: umea,
      partners: [vaasa, harbin],
      land: [],
      colour: "1f4e8c",
      title: "Map & <list>",
    })!;
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title id="map-title">Map &amp; &lt;list&gt;</title>');
    const points = coordinates(svg);
    expect(points).toHaveLength(3); // two partners, then the member
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(MAP_HEIGHT);
    }
    // North is up and east is right: Harbin lies east and south of Umeå.
    const [, harbinXY, umeaXY] = points;
    expect(harbinXY![0]).toBeGreaterThan(umeaXY![0]!);
    expect(harbinXY![1]).toBeGreaterThan(umeaXY![1]!);
  });

  it("keeps only land near the points and draws nothing without positions", () => {
    const nearby = [
      [20, 63],
      [22, 63],
      [22, 65],
      [20, 65],
      [20, 63],
    ];
    const farAway = [
      [-100, -40],
      [-90, -40],
      [-90, -30],
      [-100, -40],
    ];
    const svg = embedMapSvg({
      member: umea,
      partners: [vaasa],
      land: [nearby, farAway],
      colour: "000000",
      title: "m",
    })!;
    const landPath = /<path d="([^"]*)" fill/.exec(svg)![1]!;
    expect(landPath.match(/M/g)).toHaveLength(1); // the ring near Umeå and Vaasa, not the one in South America
    expect(
      embedMapSvg({ member: null, partners: [vaasa], land: [], colour: "000000", title: "m" }),
    ).toBeUndefined();
    expect(
      embedMapSvg({ member: umea, partners: [], land: [], colour: "000000", title: "m" }),
    ).toBeUndefined();
  });
});
