import { describe, expect, it } from "vitest";
import { byteStream, jsonArrayElements } from "./export-stream";

async function* batches<T>(...lists: T[][]) {
  for (const list of lists) yield list;
}

describe("byteStream", () => {
  it("pulls the next chunk only when the reader asks, and stops the source when the reader cancels", async () => {
    const pulled: number[] = [];
    let stopped = false;
    const source = (async function* () {
      try {
        for (let i = 0; ; i++) {
          pulled.push(i);
          yield `chunk ${i}\n`;
        }
      } finally {
        stopped = true;
      }
    })();
    const reader = byteStream(source).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("chunk 0\n");
    // One chunk read and at most one waiting: the endless source was not run ahead.
    expect(pulled.length).toBeLessThanOrEqual(2);
    await reader.cancel();
    expect(stopped).toBe(true);
  });
});

describe("jsonArrayElements", () => {
  it("writes the elements of every batch as one JSON array, skipping empty batches", async () => {
    let text = "[";
    for await (const chunk of jsonArrayElements(batches([1, 2], [], [3]), (b) => b.map((n) => ({ n }))))
      text += chunk;
    text += "\n]";
    expect(JSON.parse(text)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(text).toBe('[\n{"n":1},\n{"n":2},\n{"n":3}\n]');
  });

  it("writes nothing for no elements, and `first` before the first one", async () => {
    const none: string[] = [];
    for await (const chunk of jsonArrayElements(batches<number>([], []), (b) => b)) none.push(chunk);
    expect(none).toEqual([]);
    const some: string[] = [];
    for await (const chunk of jsonArrayElements(batches([1]), (b) => b, ",\n")) some.push(chunk);
    expect(some).toEqual([",\n1"]);
  });
});
