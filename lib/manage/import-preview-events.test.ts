import { describe, expect, it } from "vitest";
import { encodeEvent, readEvents, type PreviewStreamEvent } from "./import-preview-events";

/** A stream that delivers `text` in chunks cut at the given offsets (as a network would). */
function chunked(text: string, cuts: number[]): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  const bounds = [0, ...cuts, bytes.length];
  return new ReadableStream({
    start(controller) {
      for (let i = 0; i + 1 < bounds.length; i++) controller.enqueue(bytes.slice(bounds[i], bounds[i + 1]));
      controller.close();
    },
  });
}

describe("the streamed preview's events", () => {
  const events: PreviewStreamEvent[] = [
    { type: "progress", matched: 0, total: 40 },
    { type: "progress", matched: 40, total: 40 },
    { type: "result", state: { status: "invalid", error: "file_corrupt" } },
  ];
  const text = events.map(encodeEvent).join("");

  it("are read back in order however the lines are cut, also inside a multi-byte character", async () => {
    const withUmlaut: PreviewStreamEvent[] = [
      ...events,
      { type: "result", state: { status: "preview", file: { name: "Umeå.csv", data: "", hash: "x" } } },
    ];
    const all = withUmlaut.map(encodeEvent).join("");
    const aInUmea = new TextEncoder().encode(all).indexOf(0xc3);
    for (const cuts of [[], [1], [5, 6, 7], [text.length - 1], [aInUmea + 1]]) {
      const read: PreviewStreamEvent[] = [];
      await readEvents(chunked(all, cuts), (e) => read.push(e));
      expect(read).toEqual(withUmlaut);
    }
  });

  it("read a last line without a newline too", async () => {
    const read: PreviewStreamEvent[] = [];
    await readEvents(chunked(text.trimEnd(), [3]), (e) => read.push(e));
    expect(read).toEqual(events);
  });
});
