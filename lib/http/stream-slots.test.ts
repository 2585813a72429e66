import { describe, expect, it } from "vitest";
import { releasingWhenDone, streamSlots } from "./stream-slots";

const bytes = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });

describe("streamSlots", () => {
  it("gives at most max slots, and a released slot again, once per release", () => {
    const slots = streamSlots(2);
    const first = slots.take()!;
    const second = slots.take()!;
    expect(slots.take()).toBeNull();
    first();
    first(); // a second release of the same slot frees nothing more
    expect(slots.taken).toBe(1);
    expect(slots.take()).not.toBeNull();
    expect(slots.take()).toBeNull();
    second();
    expect(slots.taken).toBe(1);
  });
});

describe("releasingWhenDone", () => {
  it("passes every byte through and releases at the end", async () => {
    const slots = streamSlots(1);
    const stream = releasingWhenDone(bytes("a;b\r\n", "c;d\r\n"), slots.take()!);
    expect(slots.taken).toBe(1);
    expect(await new Response(stream).text()).toBe("a;b\r\nc;d\r\n");
    expect(slots.taken).toBe(0);
  });

  it("releases when the client goes away", async () => {
    const slots = streamSlots(1);
    const stream = releasingWhenDone(bytes("a", "b"), slots.take()!);
    await stream.cancel("client left");
    expect(slots.taken).toBe(0);
  });

  it("releases when the source fails", async () => {
    const slots = streamSlots(1);
    const failing = new ReadableStream<Uint8Array>({
      pull() {
        throw new Error("database gone");
      },
    });
    await expect(new Response(releasingWhenDone(failing, slots.take()!)).text()).rejects.toThrow();
    expect(slots.taken).toBe(0);
  });
});
