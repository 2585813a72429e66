// Shared response helpers of the open API: a JSON body with an ETag (weak clients poll cheaply
// with If-None-Match) and the licence of the data, on every answer.
import { createHash } from "node:crypto";

export const DATA_LICENSE_URL = "https://creativecommons.org/publicdomain/zero/1.0/";
export const LICENSE_LINK = `<${DATA_LICENSE_URL}>; rel="license"`;
const JSON_TYPE = "application/json; charset=utf-8";
export const CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** The body's strong ETag: a hash of exactly the bytes sent. */
export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** `data` as JSON with ETag, Cache-Control and the CC0 licence link; 304 when the client already has it. */
export function jsonWithEtag(request: Request, data: unknown, contentType = JSON_TYPE): Response {
  const body = JSON.stringify(data);
  return withEtag(request, body, etagOf(body), contentType);
}

/** A body already serialised (and its ETag already computed, e.g. kept in a cache), sent the same way. */
export function withEtag(
  request: Request,
  body: string | Uint8Array<ArrayBuffer>,
  etag: string,
  contentType = JSON_TYPE,
): Response {
  const headers = {
    ETag: etag,
    "Cache-Control": CACHE_CONTROL,
    "Content-Type": contentType,
    Link: LICENSE_LINK,
  };
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*"))
    return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
