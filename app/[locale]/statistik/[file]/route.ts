// GET /statistik/{table}.csv (and /en/…): one statistics table as CSV, the same rows the page shows.
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { getI18n, localeOf } from "@/lib/i18n/server";
import { tableToCsv } from "@/lib/stats/format";
import { COUNTRY_PARAM, loadStatisticsView, ROUND_PARAM } from "@/lib/stats/statistics-view";
import { isTableId } from "@/lib/stats/tables";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; file: string }> },
) {
  const locale = await localeOf(params);
  const { file } = await params;
  const id = file.endsWith(".csv") ? file.slice(0, -".csv".length) : "";
  if (!isTableId(id)) notFound();
  const searchParams = new URL(request.url).searchParams;
  const country = searchParams.get(COUNTRY_PARAM) ?? undefined;
  const { tables, round } = await loadStatisticsView(db(), getI18n(locale), locale, {
    country,
    round: searchParams.get(ROUND_PARAM) ?? undefined,
  });
  const table = tables.find((t) => t.id === id);
  if (!table) notFound();
  const suffix =
    (table.id === "land" ? `-${country?.toUpperCase()}` : "") + (round ? `-omgang-${round.id}` : "");
  const name = `statistik-${table.id}${suffix}.csv`;
  return new Response(tableToCsv(table, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
