// GET /samarbeten/export.csv (and /en/…): the selection the query string describes, as CSV (UTF-8 with BOM).
import { partnershipExportResponse } from "@/lib/partnerships/export-response";

export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return partnershipExportResponse(request, params, "csv");
}
