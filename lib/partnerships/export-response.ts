import "server-only";
import { db } from "../db";
import { parseDirectoryParams } from "../directory/parse-params";
import { searchParamsToRecord } from "../directory/page-params";
import { isLocale } from "../i18n/config";
import { exportPartnershipsCsv, exportPartnershipsJson } from "./export";

const FORMATS = {
  csv: { contentType: "text/csv; charset=utf-8", write: exportPartnershipsCsv },
  json: { contentType: "application/json; charset=utf-8", write: exportPartnershipsJson },
} as const;

/** The download of the selection a /samarbeten URL describes, streamed as CSV or JSON. */
export async function partnershipExportResponse(
  request: Request,
  params: Promise<{ locale: string }>,
  format: keyof typeof FORMATS,
) {
  const { locale } = await params;
  const { filters } = parseDirectoryParams(searchParamsToRecord(new URL(request.url).searchParams));
  const { contentType, write } = FORMATS[format];
  return new Response(write(db(), filters, isLocale(locale) ? locale : "sv"), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="samarbeten.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}
