import { readFileSync } from "node:fs";
import path from "node:path";
import type { FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { joinShapes } from "./antimeridian";
import {
  linePath,
  NATIONAL_VIEW,
  nationalViewSvg,
  pathOf,
  PICTURE,
  picturePoint,
  projectPoint,
  simplify,
} from "./national-view";

describe("the national view's picture", () => {
  it("projects as Leaflet's Web Mercator does: 256 px tiles, latitude clamped", () => {
    expect(projectPoint([0, 0], 0)).toEqual({ x: 128, y: 128 });
    const corner = projectPoint([89, 180], 0);
    expect(corner.x).toBe(256);
    expect(corner.y).toBeCloseTo(0, 6);
    // Zoom 4 doubles four times.
    expect(projectPoint([0, 90], 4)).toEqual({ x: 256 * 16 * 0.75, y: 256 * 16 * 0.5 });
  });

  it("puts the view's centre in the picture's centre, and Stockholm north-east of it", () => {
    const centre = picturePoint(NATIONAL_VIEW.center);
    expect(Math.abs(centre.x - PICTURE.width / 2)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(centre.y - PICTURE.height / 2)).toBeLessThanOrEqual(0.5);
    const stockholm = picturePoint([59.33, 18.07]);
    expect(stockholm.x - centre.x).toBeCloseTo(35, 0);
    expect(stockholm.y).toBeLessThan(centre.y);
  });

  it("keeps what Leaflet keeps of a path: corners, not points within a pixel of a straight line", () => {
    const line = [
      { x: 0, y: 0 },
      { x: 5, y: 0.4 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ];
    expect(simplify(line)).toEqual([line[0], line[2], line[3]]);
  });

  it("writes whole-pixel relative steps, and nothing for a shape outside the picture", () => {
    const d = pathOf(
      [
        [15, 58],
        [16, 58],
        [16, 59],
        [15, 58],
      ],
      true,
    );
    expect(d).toMatch(/^M\d+ \d+l[-\d ]+z$/);
    expect(
      pathOf(
        [
          [-170, -50],
          [-160, -50],
          [-160, -40],
        ],
        true,
      ),
    ).toBe("");
    expect(
      linePath([
        [63.83, 20.26],
        [63.1, 21.6],
      ]),
    ).toMatch(/^M\d+ \d+l-?\d+( |-)\d+$/);
  });

  it("is the picture public/map/national-view.svg holds: rerun scripts/build-basemap.ts when the basemap changes", () => {
    const dir = path.join(process.cwd(), "public", "map");
    const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Topology;
    const world = read("world.topojson");
    const sweden = read("sweden.topojson");
    const features = (t: Topology, name: string) =>
      (feature(t, t.objects[name]!) as unknown as FeatureCollection<Geometry, object>).features;
    const svg = nationalViewSvg({
      countries: joinShapes({ type: "FeatureCollection", features: features(world, "countries") }).features,
      municipalities: features(sweden, "municipalities"),
      counties: features(sweden, "counties"),
    });
    expect(readFileSync(path.join(dir, "national-view.svg"), "utf8")).toBe(svg);
    expect(svg).toContain(`viewBox="0 0 ${PICTURE.width} ${PICTURE.height}"`);
    expect(svg.match(/<path /g)).toHaveLength(3);
  });
});
