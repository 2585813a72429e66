// The streamed import preview's wire format (POST /api/import/preview): newline-delimited JSON,
// one event a line: progress reports while the rows are matched, then the preview's answer,
// the same ImportState the server action gives. Shared by the route and the browser.
import type { ImportProgress } from "../import/progress";
import type { ImportState } from "./import-actions";

export type PreviewStreamEvent =
  ({ type: "progress" } & ImportProgress) | { type: "result"; state: ImportState } | { type: "error" };

export const PREVIEW_STREAM_TYPE = "application/x-ndjson; charset=utf-8";

export function encodeEvent(event: PreviewStreamEvent): string {
  return `${JSON.stringify(event)}\n`;
}

/** Calls `onEvent` for each event of a stream as it arrives (lines may be split across chunks). */
export async function readEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: PreviewStreamEvent) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  for (;;) {
    const { done, value } = await reader.read();
    pending += decoder.decode(value, { stream: !done });
    const lines = pending.split("\n");
    pending = done ? "" : lines.pop()!;
    for (const line of lines) if (line.trim()) onEvent(JSON.parse(line) as PreviewStreamEvent);
    if (done) return;
  }
}
