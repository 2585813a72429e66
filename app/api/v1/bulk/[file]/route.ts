// GET /api/v1/bulk/{vanortsregistret.csv|.json|.geojson}: the whole public registry as one file, CC0.
import { CACHE_CONTROL, LICENSE_LINK } from "@/lib/api/http";
import { bulkEtag, bulkStream, BULK_FILES, isBulkFile } from "@/lib/api/bulk";
import { problem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { releasingWhenDone } from "@/lib/http/stream-slots";
import { BUSY_RETRY_SECONDS, DOWNLOAD_SLOTS } from "@/lib/partnerships/export-response";

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const url = new URL(request.url);
  if (!isBulkFile(file))
    return problem(
      404,
      "Not Found",
      `No bulk file is called ${file.slice(0, 60)}. Files: ${Object.keys(BULK_FILES).join(", ")}.`,
      url.pathname,
    );
  const locale = url.searchParams.get("lang") === "en" ? "en" : "sv";
  const etag = await bulkEtag(db(), file, locale);
  const headers = {
    "Content-Type": BULK_FILES[file],
    "Content-Disposition": `attachment; filename="${file}"`,
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
    Link: LICENSE_LINK,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const release = DOWNLOAD_SLOTS.take();
  if (!release) {
    const busy = problem(
      503,
      "Service Unavailable",
      `Every download slot is busy: try again in ${BUSY_RETRY_SECONDS} seconds.`,
      url.pathname,
    );
    busy.headers.set("Retry-After", String(BUSY_RETRY_SECONDS));
    return busy;
  }
  return new Response(releasingWhenDone(bulkStream(db(), file, locale), release), { headers });
}
