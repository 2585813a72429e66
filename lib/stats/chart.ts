// The bars of a statistics table's chart: which rows, how long each bar is, and its figure as text.
// A share is drawn on a fixed 0–100 % scale, so 1 % is a sliver whatever else the chart holds; a
// count is drawn against the largest count, the only scale counts have.
import type { Locale } from "../i18n/config";
import { formatCell } from "./format";
import type { StatsTable } from "./tables";

export type ChartBar = {
  label: string;
  value: number;
  valueText: string;
  /** Length of the bar in percent of the full width, one decimal. */
  width: number;
};

export function chartBars(table: StatsTable, locale: Locale): ChartBar[] {
  const chart = table.chart;
  if (!chart) return [];
  const type = table.columns[chart.valueColumn]!.type;
  const values = table.rows.map((row) => {
    const cell = row[chart.valueColumn];
    return typeof cell === "number" && Number.isFinite(cell) ? cell : 0;
  });
  const domainMax = type === "share" ? 1 : Math.max(0, ...values) || 1;
  return table.rows.map((row, i) => ({
    label: chart.labelColumns.map((c) => row[c]).join(" – "),
    value: values[i]!,
    valueText: formatCell(row[chart.valueColumn] ?? null, type, locale),
    width: Math.round(Math.min(Math.max(values[i]! / domainMax, 0), 1) * 1000) / 10,
  }));
}
