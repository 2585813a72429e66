// The import preview with progress: the same handler as the server action (submitImportPreview),
// answered as a stream of events (import-preview-events.ts) so that the page can show how far a
// long file has come. Signed-out users get 401; a body larger than any import form sends is
// answered with the form's own "file_too_large" without being read.
import type { SessionUser } from "../auth/session-user";
import { problem } from "../api/problem";
import type { Database } from "../database/client";
import { MAX_IMPORT_REQUEST_BYTES } from "../import/limits";
import { submitImportPreview, type ImportState } from "./import-actions";
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

const answer = (state: ImportState) => eventStream(async (send) => send({ type: "result", state }));

export async function streamImportPreview(
  db: Database,
  user: SessionUser | null,
  request: Request,
): Promise<Response> {
  if (!user) return problem(401, "Unauthorized", "Sign in to import partnerships.");
  if (Number(request.headers.get("content-length")) > MAX_IMPORT_REQUEST_BYTES)
    return answer({ status: "invalid", error: "file_too_large" });
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return problem(400, "Bad Request", "Send the file as multipart/form-data in the field 'file'.");
  }
  return eventStream(async (send) => {
    const state = await submitImportPreview(db, user, formData, {
      onProgress: (progress) => send({ type: "progress", ...progress }),
    });
    send({ type: "result", state });
  });
}
