import { describe, expect, it } from "vitest";
import { chartBars } from "./chart";
import type { StatsTable } from "./tables";

const table = (type: "share" | "count", values: (number | null)[]): StatsTable => ({
  id: "kommungrupper",
  title: "T",
  columns: [
    { label: "Grupp", type: "text" },
    { label: "Värde", type },
  ],
  rows: values.map((v, i) => [`Rad ${i + 1}`, v]),
  chart: { valueColumn: 1, labelColumns: [0] },
});

describe("chartBars", () => {
  it("draws a share on a 0–100 % scale: a lone 1 % is a sliver, not a full bar", () => {
    expect(chartBars(table("share", [0.01]), "sv")).toEqual([
      { label: "Rad 1", value: 0.01, valueText: "1\u00a0%", width: 1 },
    ]);
    expect(chartBars(table("share", [0.25, 1, 0.004]), "en").map((b) => [b.width, b.valueText])).toEqual([
      [25, "25%"],
      [100, "100%"],
      [0.4, "0%"],
    ]);
  });

  it("draws counts against the largest count", () => {
    expect(chartBars(table("count", [527, 11, 0]), "en").map((b) => [b.width, b.valueText])).toEqual([
      [100, "527"],
      [2.1, "11"],
      [0, "0"],
    ]);
  });

  it("draws an unknown figure as no bar, shown as a dash, and all-zero counts without dividing by zero", () => {
    expect(chartBars(table("share", [null]), "sv")[0]).toMatchObject({ width: 0, valueText: "–" });
    expect(chartBars(table("count", [0, 0]), "sv").map((b) => b.width)).toEqual([0, 0]);
  });

  it("joins the label columns and draws nothing for a table without a chart", () => {
    const t: StatsTable = {
      ...table("count", [3]),
      columns: [
        { label: "A", type: "text" },
        { label: "B", type: "text" },
        { label: "N", type: "count" },
      ],
      rows: [["Vänorter", "Aktiv", 3]],
      chart: { valueColumn: 2, labelColumns: [0, 1] },
    };
    expect(chartBars(t, "sv")[0]!.label).toBe("Vänorter – Aktiv");
    expect(chartBars({ ...t, chart: undefined }, "sv")).toEqual([]);
  });
});
