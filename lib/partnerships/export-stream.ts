// Streaming helpers of the downloads: text chunks to a byte stream with backpressure, and the
// elements of a JSON array written batch by batch.

/** A byte stream that asks for the next chunk only when the reader wants more (backpressure). */
export function byteStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        // Runs the generator's `finally`: a cursor closes and its connection returns to the pool.
        await chunks.return(undefined);
      },
    },
    // One chunk (a batch of rows) ahead of the reader, no more.
    { highWaterMark: 1 },
  );
}

/**
 * The elements of a streamed JSON array, batch by batch: `toItems` turns a batch into the
 * elements to write (none is fine). `first` goes before the first element, ",\n" between all.
 */
export async function* jsonArrayElements<T>(
  batches: AsyncIterable<T[]>,
  toItems: (batch: T[]) => unknown[],
  first = "\n",
): AsyncGenerator<string> {
  let separator = first;
  for await (const batch of batches) {
    const items = toItems(batch);
    if (items.length === 0) continue;
    yield separator + items.map((item) => JSON.stringify(item)).join(",\n");
    separator = ",\n";
  }
}
