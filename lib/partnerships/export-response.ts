import "server-only";
import { db } from "../db";
import { parseDirectoryParams } from "../directory/parse-params";
import { searchParamsToRecord } from "../directory/page-params";
import { releasingWhenDone, streamSlots } from "../http/stream-slots";
import { isLocale } from "../i18n/config";
import { getI18n } from "../i18n/server";
import { exportPartnershipsCsv, exportPartnershipsJson } from "./export";

const FORMATS = {
  csv: { contentType: "text/csv; charset=utf-8", write: exportPartnershipsCsv },
  json: { contentType: "application/json; charset=utf-8", write: exportPartnershipsJson },
} as const;

/**
 * Long downloads streaming at once in this process, the filtered ones and the whole-registry
 * files (/api/v1/bulk) together: each holds a database connection while its reader reads.
 */
export const DOWNLOAD_SLOTS = streamSlots(4);
export const BUSY_RETRY_SECONDS = 10;

/**
 * The download of the selection a /samarbeten URL describes, streamed as CSV or JSON; while
 * DOWNLOAD_SLOTS are all busy, a 503 with Retry-After.
 */
export async function partnershipExportResponse(
  request: Request,
  params: Promise<{ locale: string }>,
  format: keyof typeof FORMATS,
) {
  const { locale } = await params;
  const { filters } = parseDirectoryParams(searchParamsToRecord(new URL(request.url).searchParams));
  const { contentType, write } = FORMATS[format];
  const release = DOWNLOAD_SLOTS.take();
  if (!release) {
    const { t } = getI18n(isLocale(locale) ? locale : "sv");
    return new Response(t("errors.downloadBusy", { seconds: BUSY_RETRY_SECONDS }), {
      status: 503,
      headers: {
        "Content-Type": "text/plain; charset=utf-8",
        "Retry-After": String(BUSY_RETRY_SECONDS),
        "Cache-Control": "no-store",
      },
    });
  }
  const stream = releasingWhenDone(write(db(), filters, isLocale(locale) ? locale : "sv"), release);
  return new Response(stream, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="samarbeten.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}
