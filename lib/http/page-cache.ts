// Rendered public pages and open-API answers for visitors without cookies, kept per data version
// (scripts/serve.ts). A public page is the same HTML for every anonymous visitor of one URL except
// for its CSP nonce, so a stored page is sent again with a fresh nonce in place of the old one, in
// the policy header and everywhere in the body, and never after the registry's data version moved
// (the version is read before the page is rendered, so a page rendered while an edit committed is
// stored under the older version and never served again). Rendering (React, 50–200 ms of CPU for
// a page of 50 rows) is what limited public pages under load; the data was already cached. The
// body is kept compressed too, in parts between the nonces (gzip-with-holes.ts): compressing it
// again for every request cost more than everything else of serving it.
//
// An open-API answer (/api/v1) that carries an ETag is computed once per data version by the app
// (lib/cache/public-read.ts) and has no nonce: it is kept the same way and sent as it is, with
// 304 Not Modified when the client already has it.
//
// What is never stored or served from here: anything but a GET of a public page or /api/v1 answer
// (files such as /icon.svg, /robots.txt or a feed go straight to the app);
// any request carrying a cookie or an Authorization header (a signed-in officer, whose pages may
// differ) or Next's client-side navigation headers; answers other than 200 text/html with the
// policy's nonce in the body or 200 with an ETag from /api/v1, and answers that set a cookie.
import { compressParts, gzipWithHoles, joinWithHoles, type CompressedParts } from "./gzip-with-holes";

/** Paths that are never served from the page cache (signed-in, sign-in, invitation, API but /api/v1, assets). */
const PRIVATE_PATH = /^\/(en\/)?(hantera|logga-in|inbjudan)(\/|$)|^\/api\/(?!v1\/)|^\/_next\//;
const API_PATH = /^\/api\//;
/** A file outside the API (an icon, robots.txt, a feed, a sitemap): never a page that can be kept. */
const FILE_PATH = /^(?!\/api\/)[^?#]*\/[^/?#]*\.[^/?#]*([?#]|$)/;
const NAVIGATION_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-action",
  "next-url",
];
const NONCE_IN_POLICY = /'nonce-([A-Za-z0-9+/=]+)'/;
// Headers that belong to one response, not to the page.
const PER_RESPONSE_HEADERS = new Set([
  "date",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "vary",
]);

type RequestLike = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

/** The cache key of a request that may be served from the page cache, or null. */
export function pageCacheKey(request: RequestLike): string | null {
  const url = request.url ?? "";
  if (request.method !== "GET" || !url.startsWith("/") || url.length > 2_000) return null;
  if (PRIVATE_PATH.test(url) || FILE_PATH.test(url)) return null;
  const headers = request.headers;
  if (headers.cookie || headers.authorization) return null;
  if (NAVIGATION_HEADERS.some((name) => headers[name] !== undefined)) return null;
  // The page differs by host and scheme only in absolute links and https-only headers.
  return `${headers.host ?? ""}|${headers["x-forwarded-proto"] ?? ""}|${url}`;
}

export type StoredPage = {
  headers: Record<string, string | string[]>;
  /** The nonce the page was rendered with; null for an API answer, which has none. */
  nonce: string | null;
  /** The body split at that nonce (one part without it), each part also compressed. */
  body: CompressedParts;
  /** Bytes kept: the parts and their compressed forms. */
  size: number;
};

/** `body` split at every occurrence of `separator`. */
function splitAt(body: Buffer, separator: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let from = 0;
  for (let at = body.indexOf(separator); at !== -1; at = body.indexOf(separator, from)) {
    parts.push(body.subarray(from, at));
    from = at + separator.length;
  }
  parts.push(body.subarray(from));
  return parts;
}

/**
 * What to keep of a rendered answer for the path it answered: a 200 text/html page without
 * Set-Cookie whose policy names the nonce that its body carries, or a 200 /api/v1 answer with an
 * ETag. Null when it must not be kept.
 */
export function storablePage(
  path: string,
  status: number,
  headers: Record<string, string | string[] | number | undefined>,
  body: Buffer,
): StoredPage | null {
  if (status !== 200 || headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined)
    return null;
  let nonce: string | null = null;
  if (API_PATH.test(path)) {
    if (headers.etag === undefined) return null;
  } else {
    if (!String(headers["content-type"] ?? "").startsWith("text/html")) return null;
    nonce = NONCE_IN_POLICY.exec(String(headers["content-security-policy"] ?? ""))?.[1] ?? null;
    if (!nonce || !body.includes(nonce)) return null;
  }
  const kept: StoredPage["headers"] = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_RESPONSE_HEADERS.has(name)) continue;
    kept[name] = typeof value === "number" ? String(value) : value;
  }
  const parts = nonce ? splitAt(body, Buffer.from(nonce)) : [body];
  // Every nonce has the same length (createNonce), so the parts may refer back across them.
  const compressed = compressParts(parts, 9, nonce ? Buffer.byteLength(nonce) : undefined);
  const size = body.length + compressed.compressed.reduce((sum, part) => sum + part.length, 0);
  return { headers: kept, nonce, body: compressed, size };
}

/**
 * The stored answer with `nonce` in place of the nonce it was rendered with, gzipped when asked
 * and possible (`gzipped` says which): a nonce of another length than the stored one's cannot
 * fill the chained parts' holes, so that answer goes uncompressed (createNonce's are all 24 bytes).
 */
export function withNonce(
  page: StoredPage,
  nonce: string,
  gzip: boolean,
): { headers: StoredPage["headers"]; body: Buffer; gzipped: boolean } {
  const old = page.nonce;
  const swap = (text: string) => (old ? text.split(old).join(nonce) : text);
  const headers: StoredPage["headers"] = {};
  for (const [name, value] of Object.entries(page.headers))
    headers[name] = Array.isArray(value) ? value.map(swap) : swap(value);
  const fill = Buffer.from(nonce);
  const { holeLength, parts } = page.body;
  const gzipped = gzip && (holeLength === undefined || parts.length < 2 || fill.length === holeLength);
  return {
    headers,
    body: gzipped ? gzipWithHoles(page.body, fill) : joinWithHoles(parts, fill),
    gzipped,
  };
}

/** Whether the client's If-None-Match names the stored answer's ETag (it then gets a 304). */
export function isNotModified(page: StoredPage, ifNoneMatch: string | string[] | undefined): boolean {
  // Next hands a route handler's headers on as arrays of one value.
  const etag = [page.headers.etag].flat()[0];
  if (etag === undefined || typeof ifNoneMatch !== "string") return false;
  return ifNoneMatch.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");
}

/** Stored pages by key, each with the data version it was rendered at, within a byte budget; least recently used go first. */
export class PageCache {
  readonly #pages = new Map<string, { version: string; page: StoredPage }>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

  /** The largest page kept; a copy of a larger answer need not even be collected. */
  get maxPageBytes() {
    return this.maxBytes / 8;
  }

  /** The page stored for this key at this version, or null. */
  find(key: string, version: string): StoredPage | null {
    const entry = this.#pages.get(key);
    if (!entry || entry.version !== version) return null;
    this.#pages.delete(key); // re-inserted: Map order is the recency order
    this.#pages.set(key, entry);
    return entry.page;
  }

  store(key: string, version: string, page: StoredPage) {
    this.#forget(key);
    if (page.size > this.maxPageBytes) return; // one page may not crowd out the rest
    this.#pages.set(key, { version, page });
    this.#bytes += page.size;
    while (this.#bytes > this.maxBytes) this.#forget(this.#pages.keys().next().value!);
  }

  #forget(key: string) {
    const entry = this.#pages.get(key);
    if (!entry) return;
    this.#pages.delete(key);
    this.#bytes -= entry.page.size;
  }
}
