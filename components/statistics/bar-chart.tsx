// A horizontal bar chart drawn on the server as SVG (visx): no JavaScript reaches the browser.
// The table below each chart carries the same figures for screen readers and copying.
import { Group } from "@visx/group";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";

export type BarDatum = { label: string; value: number; valueText: string };

const LABEL_WIDTH = 300;
const VALUE_WIDTH = 70;
const CHART_WIDTH = 720;
const BAR_HEIGHT = 26;

export function BarChart({ data, label }: { data: BarDatum[]; label: string }) {
  const height = Math.max(data.length, 1) * BAR_HEIGHT + 8;
  const barArea = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const y = scaleBand({ domain: data.map((_, i) => i), range: [4, height - 4], padding: 0.2 });
  const x = scaleLinear({ domain: [0, Math.max(...data.map((d) => d.value), 0) || 1], range: [0, barArea] });
  return (
    <svg
      className="bar-chart"
      viewBox={`0 0 ${CHART_WIDTH} ${height}`}
      role="img"
      aria-label={label}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      {data.map((d, i) => {
        const top = y(i) ?? 0;
        const middle = top + y.bandwidth() / 2;
        return (
          <Group key={i}>
            <text
              x={LABEL_WIDTH - 8}
              y={middle}
              textAnchor="end"
              dominantBaseline="middle"
              className="bar-label"
            >
              {d.label.length > 44 ? `${d.label.slice(0, 42)}…` : d.label}
            </text>
            <Bar
              x={LABEL_WIDTH}
              y={top}
              width={Math.max(x(d.value), d.value > 0 ? 1 : 0)}
              height={y.bandwidth()}
              className="bar"
            />
            <text x={LABEL_WIDTH + x(d.value) + 6} y={middle} dominantBaseline="middle" className="bar-value">
              {d.valueText}
            </text>
          </Group>
        );
      })}
    </svg>
  );
}
