import { describe, expect, it } from "vitest";
import { MAP_PARAMS, parseMapView, serializeMapView } from "./view-state";

describe("parseMapView", () => {
  it("reads the selected member, place, overview, zoom and centre", () => {
    expect(
      parseMapView({ vald: "2480", partner: "p632978", vy: "oversikt", zoom: "6", centrum: "63.83,20.26" }),
    ).toEqual({
      member: "2480",
      target: "p632978",
      overview: true,
      zoom: 6,
      center: [63.83, 20.26],
    });
  });

  it("drops values it cannot use instead of failing", () => {
    expect(
      parseMapView({ vald: "umea", partner: "<script>", vy: "x", zoom: "99", centrum: "91,20" }),
    ).toEqual({ overview: false });
  });

  it("needs zoom and centre together", () => {
    expect(parseMapView({ zoom: "5" })).toEqual({ overview: false });
    expect(parseMapView({ centrum: "60,15" })).toEqual({ overview: false });
  });

  it("reads URLSearchParams and takes the first of repeated values", () => {
    expect(parseMapView(new URLSearchParams("vald=24&vald=2480&partner=c:SC"))).toEqual({
      member: "24",
      target: "c:SC",
      overview: false,
    });
  });
});

describe("serializeMapView", () => {
  it("keeps the directory filters and appends the view", () => {
    const url = serializeMapView(new URLSearchParams("land=FI&typ=vanort"), {
      member: "2480",
      overview: false,
      zoom: 5,
      center: [63.12345, 20.98765],
    });
    expect(url.toString()).toBe("land=FI&typ=vanort&vald=2480&zoom=5&centrum=63.123%2C20.988");
  });

  it("round-trips through parseMapView", () => {
    const view = {
      member: "0180",
      target: "p2643743",
      overview: true,
      zoom: 4,
      center: [59.5, 17.25] as [number, number],
    };
    expect(parseMapView(serializeMapView(new URLSearchParams(), view))).toEqual(view);
  });

  it("replaces map parameters already in the filters", () => {
    const url = serializeMapView(new URLSearchParams(`${MAP_PARAMS.member}=0180&land=NO`), {
      overview: false,
    });
    expect(url.toString()).toBe("land=NO");
  });
});
