// POST /api/import/preview: the import page's preview with progress, as newline-delimited JSON
// (lib/manage/import-preview-stream.ts), for signed-in users; the page's server action does
// the same without JavaScript.
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { streamImportPreview } from "@/lib/manage/import-preview-stream";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return streamImportPreview(db(), await getCurrentUser(), request);
}
