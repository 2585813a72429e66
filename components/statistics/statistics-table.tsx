import type { Locale } from "@/lib/i18n/config";
import { chartBars } from "@/lib/stats/chart";
import { formatCell } from "@/lib/stats/format";
import type { StatsTable } from "@/lib/stats/tables";
import { BarChart } from "./bar-chart";
import { TableScroll } from "@/components/table-scroll";

type Labels = { chart: string; caption: string; download: string; empty: string };

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
  const bars = chartBars(table, locale);
  const scale = table.chart && table.columns[table.chart.valueColumn]!.type === "share" ? "share" : "count";
  return (
    <section aria-labelledby={`stat-${table.id}`} className="statistic">
      <h2 id={`stat-${table.id}`}>{table.title}</h2>
      {table.note && <p className="statistic-note">{table.note}</p>}
      {table.caveat && (
        <p className="statistic-caveat" data-caveat={table.id}>
          {table.caveat}
        </p>
      )}
      {table.rows.length === 0 ? (
        // A table with headers only reads as "none"; say why there is nothing to show instead.
        <p className="statistic-empty" data-empty={table.id}>
          {table.empty ?? labels.empty}
        </p>
      ) : (
        <>
          {bars.length > 0 && <BarChart bars={bars} label={labels.chart} scale={scale} />}
          <StatisticsDataTable table={table} locale={locale} caption={labels.caption} />
          <p>
            <a href={csvHref} download>
              {labels.download}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

function StatisticsDataTable({
  table,
  locale,
  caption,
}: {
  table: StatsTable;
  locale: Locale;
  caption: string;
}) {
  return (
    <TableScroll label={caption}>
      <table data-table={table.id}>
        <caption className="visually-hidden">{caption}</caption>
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
  );
}
