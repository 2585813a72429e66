// GET /samarbeten/export.json (and /en/…): the selection the query string describes, as JSON.
import { partnershipExportResponse } from "@/lib/partnerships/export-response";

export function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return partnershipExportResponse(request, params, "json");
}
