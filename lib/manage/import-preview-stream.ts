// The import preview with progress: the same handler as the server action (submitImportPreview),
// answered as a stream of events (import-preview-events.ts) so that the page can show how far a
// long file has come. Signed-out users get 401; a body larger than any import form sends gets
// 413 as soon as it passes the limit (declared or counted while reading: lib/http).
import type { SessionUser } from "../auth/session-user";
import { problem } from "../api/problem";
import type { Database } from "../database/client";
import { MAX_IMPORT_BYTES, MAX_IMPORT_REQUEST_BYTES } from "../import/limits";
import { readLimitedFormData } from "../http/read-limited-body";
import { refusedImportForm } from "./form-guard";
import { submitImportPreview } from "./import-actions";
import { encodeEvent, PREVIEW_STREAM_TYPE, type PreviewStreamEvent } from "./import-preview-events";

const HEADERS = {
  "Content-Type": PREVIEW_STREAM_TYPE,
  // no-transform: no compression that would hold the progress back until the end.
  "Cache-Control": "private, no-store, no-transform",
  "X-Accel-Buffering": "no",
};

/** Thrown out of a progress report when the browser has gone: stops matching the rest of the file. */
class ClientGone extends Error {}

function eventStream(produce: (send: (event: PreviewStreamEvent) => void) => Promise<void>): Response {
  const encoder = new TextEncoder();
  let gone = false;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (event: PreviewStreamEvent) => {
        if (gone) throw new ClientGone();
        controller.enqueue(encoder.encode(encodeEvent(event)));
      };
      try {
        await produce(send);
      } catch (error) {
        if (gone) return;
        console.error("Import preview failed", error);
        send({ type: "error" });
      }
      if (!gone) controller.close();
    },
    cancel() {
      gone = true;
    },
  });
  return new Response(body, { headers: HEADERS });
}

export async function streamImportPreview(
  db: Database,
  user: SessionUser | null,
  request: Request,
): Promise<Response> {
  if (!user) return problem(401, "Unauthorized", "Sign in to import partnerships.");
  const read = await readLimitedFormData(request, MAX_IMPORT_REQUEST_BYTES);
  if (!read.ok && read.reason === "too_large")
    return problem(
      413,
      "Content Too Large",
      `An import request is at most ${MAX_IMPORT_REQUEST_BYTES} bytes (the file at most ${MAX_IMPORT_BYTES}).`,
    );
  if (!read.ok)
    return problem(400, "Bad Request", "Send the file as multipart/form-data in the field 'file'.");
  const formData = read.formData;
  const refused = refusedImportForm(formData);
  if (refused) return eventStream(async (send) => send({ type: "result", state: refused }));
  return eventStream(async (send) => {
    const state = await submitImportPreview(db, user, formData, {
      onProgress: (progress) => send({ type: "progress", ...progress }),
    });
    send({ type: "result", state });
  });
}
