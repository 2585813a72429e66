import { describe, expect, it } from "vitest";
import { choroplethClasses, classLabel, classOf, NO_DATA_COLOR } from "./choropleth";

describe("choroplethClasses", () => {
  it("has a grey class for none and one class for a single active partnership", () => {
    const classes = choroplethClasses(1);
    expect(classes.map(classLabel)).toEqual(["0", "1"]);
    expect(classes[0]!.color).toBe(NO_DATA_COLOR);
  });

  it("grows in powers of two and ends at the maximum", () => {
    expect(choroplethClasses(6).map(classLabel)).toEqual(["0", "1", "2–3", "4–6"]);
    expect(choroplethClasses(15).map(classLabel)).toEqual(["0", "1", "2–3", "4–7", "8–15"]);
  });

  it("stops at six classes, the last open to the maximum", () => {
    const classes = choroplethClasses(400);
    expect(classes).toHaveLength(6);
    expect(classes.map(classLabel)).toEqual(["0", "1", "2–3", "4–7", "8–15", "16–400"]);
  });

  it("still shows a legend when nothing is active", () => {
    expect(choroplethClasses(0).map(classLabel)).toEqual(["0", "1"]);
  });

  it("uses distinct colours", () => {
    const colors = choroplethClasses(400).map((c) => c.color);
    expect(new Set(colors).size).toBe(colors.length);
  });
});

describe("classOf", () => {
  const classes = choroplethClasses(40);
  it("puts every count in the class that contains it", () => {
    expect(classLabel(classOf(classes, 0))).toBe("0");
    expect(classLabel(classOf(classes, 3))).toBe("2–3");
    expect(classLabel(classOf(classes, 8))).toBe("8–15");
    expect(classLabel(classOf(classes, 40))).toBe("16–40");
  });
});
