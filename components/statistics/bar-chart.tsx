// A horizontal bar chart in plain HTML and CSS, drawn on the server: no JavaScript reaches the
// browser, and its text is the page's own text, so it stays legible on a 360 px phone (labels
// wrap above their bars there; globals.css, .bar-chart). The chart is one image with a name;
// the data table below it carries the same figures for screen readers and copying.
import type { ChartBar } from "@/lib/stats/chart";

export function BarChart({
  bars,
  label,
  scale,
}: {
  bars: ChartBar[];
  label: string;
  scale: "share" | "count";
}) {
  return (
    <div className="bar-chart" role="img" aria-label={label} data-scale={scale}>
      {bars.map((bar, i) => (
        <div key={i} className="bar-row">
          <span className="bar-label">{bar.label}</span>
          <span className="bar-track">
            <span className="bar" style={{ width: `${bar.width}%` }} data-width={bar.width} />
          </span>
          <span className="bar-value">{bar.valueText}</span>
        </div>
      ))}
    </div>
  );
}
