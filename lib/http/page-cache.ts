// Rendered public pages for visitors without cookies, kept per data version (scripts/serve.ts).
// A public page is the same HTML for every anonymous visitor of one URL except for its CSP nonce,
// so a stored page is sent again with a fresh nonce in place of the old one, in the policy header
// and everywhere in the body, and never after the registry's data version moved (the version is
// read before the page is rendered, so a page rendered while an edit committed is stored under
// the older version and never served again). Rendering (React, 50–200 ms of CPU for a page of
// 50 rows) is what limited public pages under load; the data was already cached.
//
// What is never stored or served from here: anything but a GET of a public page; any request
// carrying a cookie (a signed-in officer, whose pages may differ) or Next's client-side
// navigation headers; answers other than 200 text/html, and answers that set a cookie.

/** Paths that are never served from the page cache (signed-in, sign-in, invitation, API, assets). */
const PRIVATE_PATH = /^\/(en\/)?(hantera|logga-in|inbjudan)(\/|$)|^\/api\/|^\/_next\//;
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
  if (PRIVATE_PATH.test(url)) return null;
  const headers = request.headers;
  if (headers.cookie || headers.authorization) return null;
  if (NAVIGATION_HEADERS.some((name) => headers[name] !== undefined)) return null;
  // The page differs by host and scheme only in absolute links and https-only headers.
  return `${headers.host ?? ""}|${headers["x-forwarded-proto"] ?? ""}|${url}`;
}

export type StoredPage = { headers: Record<string, string | string[]>; body: string; nonce: string };

/**
 * What to keep of a rendered answer: only a 200 text/html page without Set-Cookie whose policy
 * names the nonce that its body carries. Null when it must not be kept.
 */
export function storablePage(
  status: number,
  headers: Record<string, string | string[] | number | undefined>,
  body: string,
): StoredPage | null {
  if (status !== 200 || headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined)
    return null;
  if (!String(headers["content-type"] ?? "").startsWith("text/html")) return null;
  const nonce = NONCE_IN_POLICY.exec(String(headers["content-security-policy"] ?? ""))?.[1];
  if (!nonce || !body.includes(nonce)) return null;
  const kept: StoredPage["headers"] = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || PER_RESPONSE_HEADERS.has(name)) continue;
    kept[name] = typeof value === "number" ? String(value) : value;
  }
  return { headers: kept, body, nonce };
}

/** The stored page with `nonce` in place of the nonce it was rendered with. */
export function withNonce(page: StoredPage, nonce: string): { headers: StoredPage["headers"]; body: string } {
  const swap = (text: string) => text.split(page.nonce).join(nonce);
  const headers: StoredPage["headers"] = {};
  for (const [name, value] of Object.entries(page.headers))
    headers[name] = Array.isArray(value) ? value.map(swap) : swap(value);
  return { headers, body: swap(page.body) };
}

/** Stored pages by key, each with the data version it was rendered at, within a byte budget; least recently used go first. */
export class PageCache {
  readonly #pages = new Map<string, { version: string; page: StoredPage }>();
  #bytes = 0;

  constructor(readonly maxBytes: number) {}

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
    if (page.body.length > this.maxBytes / 8) return; // one page may not crowd out the rest
    this.#pages.set(key, { version, page });
    this.#bytes += page.body.length;
    while (this.#bytes > this.maxBytes) this.#forget(this.#pages.keys().next().value!);
  }

  #forget(key: string) {
    const entry = this.#pages.get(key);
    if (!entry) return;
    this.#pages.delete(key);
    this.#bytes -= entry.page.body.length;
  }
}
