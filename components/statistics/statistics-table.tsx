import type { Locale } from "@/lib/i18n/config";
import { formatCell } from "@/lib/stats/format";
import type { StatsTable } from "@/lib/stats/tables";
import { BarChart } from "./bar-chart";
import { TableScroll } from "@/components/table-scroll";

type Labels = { chart: string; caption: string; download: string };

/** One statistic: heading, what it counts, a chart when it has one, its data table and its CSV. */
export function StatisticsTable({
  table,
  locale,
  csvHref,
  labels,
}: {
  table: StatsTable;
  locale: Locale;
  csvHref: string;
  labels: Labels;
}) {
  const chart = table.chart;
  const bars = chart
    ? table.rows.map((row) => ({
        label: chart.labelColumns.map((i) => row[i]).join(" – "),
        value: typeof row[chart.valueColumn] === "number" ? (row[chart.valueColumn] as number) : 0,
        valueText: formatCell(row[chart.valueColumn]!, table.columns[chart.valueColumn]!.type, locale),
      }))
    : [];
  return (
    <section aria-labelledby={`stat-${table.id}`} className="statistic">
      <h2 id={`stat-${table.id}`}>{table.title}</h2>
      {table.note && <p className="statistic-note">{table.note}</p>}
      {chart && bars.length > 0 && <BarChart data={bars} label={labels.chart} />}
      <TableScroll label={labels.caption}>
        <table data-table={table.id}>
          <caption className="visually-hidden">{labels.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((c) => (
                <th key={c.label} scope="col" className={c.type === "text" ? undefined : "numeric"}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {formatCell(cell, table.columns[i]!.type, locale)}
                    </th>
                  ) : (
                    <td key={i} className={table.columns[i]!.type === "text" ? undefined : "numeric"}>
                      {formatCell(cell, table.columns[i]!.type, locale)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        <a href={csvHref} download>
          {labels.download}
        </a>
      </p>
    </section>
  );
}
