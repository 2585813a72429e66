// Many requests at once each need the registry's data version, and must each see every write
// that committed before they arrived. Reading it once per request costs a database round trip
// and the driver's work per request; under load that was most of what a page served from the
// page cache cost. Here concurrent callers share reads, but a caller only joins a read that
// started after it called (or starts one): a read already under way when a request arrives may
// have begun before a write committed, so the request waits for the next read instead. At most
// one read is under way and one waits behind it, whatever the load.

/** `read`, shared between concurrent callers, each getting a result read after it called. */
export function joinedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  let waiting: Promise<T> | undefined;
  const start = () => {
    const current = read();
    running = current;
    const done = () => {
      if (running === current) running = undefined;
    };
    current.then(done, done);
    return current;
  };
  return () => {
    if (!running) return start();
    // Started before this call: wait for it to end, then share the read that starts then.
    waiting ??= running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        waiting = undefined;
        return start();
      });
    return waiting;
  };
}
