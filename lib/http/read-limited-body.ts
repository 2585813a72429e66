// Reading a request body with a ceiling. `request.formData()` and `request.arrayBuffer()` read
// the whole body into memory before anyone can look at its size, and a chunked body (no
// Content-Length) has no size to look at beforehand: a 400 MB post took the server from 0.6 to
// 1.5 GB. Here the body is read chunk by chunk with a byte counter and given up as soon as it
// passes the limit, whatever the request declared; a declared length over the limit is refused
// without reading anything.

/** The body, or "too_large" (answer 413) once more than `limit` bytes arrived or were declared. */
type LimitedBody = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: "too_large" };

const TOO_LARGE = { ok: false, reason: "too_large" } as const;

/** Whether the request's declared Content-Length is over the limit (an unparsable one counts as unknown). */
function declaresMoreThan(request: Request, limit: number): boolean {
  const declared = Number(request.headers.get("content-length"));
  return Number.isFinite(declared) && declared > limit;
}

export async function readLimitedBody(request: Request, limit: number): Promise<LimitedBody> {
  if (declaresMoreThan(request, limit)) return TOO_LARGE;
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop the upload here: nothing more is read or kept.
      await reader.cancel().catch(() => undefined);
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/**
 * The request's form (multipart or urlencoded), read within the limit: "too_large" as above,
 * "unreadable" when the body is no form of its declared type.
 */
export async function readLimitedFormData(
  request: Request,
  limit: number,
): Promise<{ ok: true; formData: FormData } | { ok: false; reason: "too_large" | "unreadable" }> {
  const body = await readLimitedBody(request, limit);
  if (!body.ok) return body;
  const contentType = request.headers.get("content-type") ?? "";
  try {
    const formData = await new Response(body.bytes, { headers: { "content-type": contentType } }).formData();
    return { ok: true, formData };
  } catch {
    return { ok: false, reason: "unreadable" };
  }
}
