import { describe, expect, it } from "vitest";
import { readLimitedBody, readLimitedFormData } from "./read-limited-body";

/** A chunked body (no Content-Length): `count` chunks of `size` bytes, counting how many were pulled. */
function chunkedRequest(count: number, size: number, headers: Record<string, string> = {}) {
  const pulled = { chunks: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.chunks === count) return controller.close();
      pulled.chunks++;
      controller.enqueue(new Uint8Array(size).fill(65));
    },
    cancel() {
      pulled.cancelled = true;
    },
  });
  const request = new Request("http://localhost/x", {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

describe("readLimitedBody", () => {
  it("reads a body within the limit whole", async () => {
    const { request } = chunkedRequest(4, 1000);
    const body = await readLimitedBody(request, 4000);
    expect(body.ok && body.bytes.byteLength).toBe(4000);
  });

  it("stops a chunked body as soon as it passes the limit, without reading the rest", async () => {
    const { request, pulled } = chunkedRequest(10_000, 1024);
    expect(await readLimitedBody(request, 8 * 1024)).toEqual({ ok: false, reason: "too_large" });
    // Nine chunks pass the limit; the stream may have one more queued, never thousands.
    expect(pulled.chunks).toBeLessThanOrEqual(11);
    expect(pulled.cancelled).toBe(true);
  });

  it("refuses a declared length over the limit without reading a byte", async () => {
    const { request, pulled } = chunkedRequest(3, 10, { "content-length": "1000001" });
    expect(await readLimitedBody(request, 1_000_000)).toEqual({ ok: false, reason: "too_large" });
    // A stream fills its queue (one chunk) on creation; the reader never asks for more.
    expect(pulled.chunks).toBeLessThanOrEqual(1);
  });

  it("does not trust a declared length under the limit", async () => {
    const { request } = chunkedRequest(20, 100, { "content-length": "10" });
    expect(await readLimitedBody(request, 1000)).toEqual({ ok: false, reason: "too_large" });
  });

  it("answers an empty body for a request without one", async () => {
    const body = await readLimitedBody(new Request("http://localhost/x"), 10);
    expect(body.ok && body.bytes.byteLength).toBe(0);
  });
});

describe("readLimitedFormData", () => {
  it("reads a multipart form within the limit", async () => {
    const form = new FormData();
    form.append("name", "Umeå");
    form.append("file", new File(["a;b\n"], "list.csv"));
    const result = await readLimitedFormData(
      new Request("http://localhost/x", { method: "POST", body: form }),
      10_000,
    );
    expect(result.ok && result.formData.get("name")).toBe("Umeå");
    expect(result.ok && (result.formData.get("file") as File).name).toBe("list.csv");
  });

  it("answers too_large for a big form and unreadable for a body that is no form", async () => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array(5000)], "big.csv"));
    const big = new Request("http://localhost/x", { method: "POST", body: form });
    expect(await readLimitedFormData(big, 1000)).toEqual({ ok: false, reason: "too_large" });
    const text = new Request("http://localhost/x", {
      method: "POST",
      body: "not a form",
      headers: { "content-type": "multipart/form-data; boundary=zzz" },
    });
    expect(await readLimitedFormData(text, 1000)).toEqual({ ok: false, reason: "unreadable" });
  });
});
