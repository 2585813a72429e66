// A bound on how many long downloads one server streams at once. A filtered partnership export
// reads every matching row (tens of thousands at European scale) and cannot be cached per
// filter; without a bound, a few dozen simultaneous downloads would hold every database
// connection and the server would stop answering everyone else.

/** `max` slots for this process: `take` gives a release function, or null when all are busy. */
export function streamSlots(max: number) {
  let taken = 0;
  return {
    take(): (() => void) | null {
      if (taken >= max) return null;
      taken++;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        taken--;
      };
    },
    get taken() {
      return taken;
    },
  };
}

/** The same bytes, calling `release` once when the stream ends, fails or the client goes away. */
export function releasingWhenDone(stream: ReadableStream<Uint8Array>, release: () => void) {
  const reader = stream.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          release();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        release();
        controller.error(error);
      }
    },
    cancel(reason) {
      release();
      return reader.cancel(reason);
    },
  });
}
