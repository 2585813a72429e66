import { describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import {
  isNotModified,
  PageCache,
  pageCacheKey,
  storablePage,
  withNonce,
  type StoredPage,
} from "./page-cache";

const html = (nonce: string) =>
  `<html><script nonce="${nonce}">self.__next_f.push([1,"{\\"nonce\\":\\"${nonce}\\"}"])</script></html>`;
const headers = (nonce: string) => ({
  "content-type": "text/html; charset=utf-8",
  "content-security-policy": `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; object-src 'none'`,
  "x-frame-options": "DENY",
  date: "Sat, 05 Dec 2026 02:00:00 GMT",
  "content-length": 123,
});

describe("pageCacheKey", () => {
  const get = (url: string, extra: Record<string, string> = {}) =>
    pageCacheKey({ method: "GET", url, headers: { host: "example.org", ...extra } });

  it("keys anonymous GETs of public pages by host, scheme and URL", () => {
    expect(get("/samarbeten?land=fi")).toBe("example.org||/samarbeten?land=fi");
    expect(get("/kommun/umea", { "x-forwarded-proto": "https" })).toBe("example.org|https|/kommun/umea");
    expect(get("/en/land/fi")).not.toBe(get("/land/fi"));
  });

  it("leaves out files outside the API, which are never pages to keep", () => {
    for (const path of [
      "/icon.svg?icon.2ly0gmcm9b.svg",
      "/robots.txt",
      "/flode.atom",
      "/sitemap/orter-1.xml",
    ])
      expect(get(path), path).toBeNull();
    expect(get("/api/v1/bulk/vanortsregistret.csv")).not.toBeNull();
    expect(get("/samarbeten?q=st.olof")).not.toBeNull();
  });

  it("leaves out signed-in, private, navigation and non-GET requests", () => {
    expect(get("/kommun/umea", { cookie: "authjs.session-token=x" })).toBeNull();
    expect(get("/kommun/umea", { rsc: "1" })).toBeNull();
    expect(get("/kommun/umea", { "next-action": "abc" })).toBeNull();
    for (const path of [
      "/hantera",
      "/en/hantera/umea",
      "/logga-in",
      "/inbjudan/x",
      "/api/health",
      "/api/auth/session",
      "/_next/data",
    ])
      expect([path, get(path)]).toEqual([path, null]);
    expect(pageCacheKey({ method: "POST", url: "/kommun/umea", headers: {} })).toBeNull();
    expect(get("/api/v1/map", { authorization: "Bearer x" })).toBeNull();
    expect(get("/api/v1/map?typ=vanort")).toBe("example.org||/api/v1/map?typ=vanort");
  });
});

describe("storablePage and withNonce", () => {
  const store = (
    status: number,
    h: Record<string, string | string[] | number>,
    body: string,
    path = "/kommun/umea",
  ) => storablePage(path, status, h, Buffer.from(body));

  it("keeps a 200 page and sends it again with a fresh nonce everywhere the old one was, gzipped or not", () => {
    const page = store(200, headers("old+/nonce=="), html("old+/nonce=="))!;
    expect(page.headers).not.toHaveProperty("date");
    expect(page.headers).not.toHaveProperty("content-length");
    const again = withNonce(page, "fresh123", false);
    expect(again.body.toString()).toBe(html("fresh123"));
    expect(again.headers["content-security-policy"]).toContain("'nonce-fresh123'");
    expect(again.body.toString()).not.toContain("old+/nonce==");
    expect(again.headers["x-frame-options"]).toBe("DENY");
    // Compressed with holes of the stored nonce's length: a fresh nonce of that length is gzipped,
    // one of another length goes uncompressed rather than wrong.
    const gzipped = withNonce(page, "other+/456==", true);
    expect(gzipped.gzipped).toBe(true);
    expect(gunzipSync(gzipped.body).toString()).toBe(html("other+/456=="));
    const otherLength = withNonce(page, "other456", true);
    expect(otherLength.gzipped).toBe(false);
    expect(otherLength.body.toString()).toBe(html("other456"));
  });

  it("keeps nothing but a 200 HTML page without cookies whose body carries the policy's nonce", () => {
    expect(store(404, headers("n1"), html("n1"))).toBeNull();
    expect(store(200, { ...headers("n1"), "set-cookie": ["a=b"] }, html("n1"))).toBeNull();
    expect(store(200, { ...headers("n1"), "content-type": "application/json" }, html("n1"))).toBeNull();
    expect(store(200, headers("n1"), html("other"))).toBeNull();
    expect(store(200, { ...headers("n1"), "content-encoding": "gzip" }, html("n1"))).toBeNull();
    expect(store(200, { "content-type": "text/html" }, html("n1"))).toBeNull();
  });

  it("keeps a 200 open-API answer with an ETag as it is, and knows when the client has it", () => {
    const json = { "content-type": "application/json", etag: '"abc"', "cache-control": "public" };
    expect(store(200, { "content-type": "application/json" }, "{}", "/api/v1/partnerships")).toBeNull();
    expect(store(304, json, "", "/api/v1/partnerships")).toBeNull();
    expect(store(200, { ...json, "set-cookie": "a=b" }, "{}", "/api/v1/partnerships")).toBeNull();
    const answer = store(200, json, '{"nonce":"x"}', "/api/v1/partnerships")!;
    expect(answer.nonce).toBeNull();
    expect(withNonce(answer, "", false).body.toString()).toBe('{"nonce":"x"}');
    expect(gunzipSync(withNonce(answer, "", true).body).toString()).toBe('{"nonce":"x"}');
    expect(isNotModified(answer, '"zzz", "abc"')).toBe(true);
    expect(isNotModified(answer, '"zzz"')).toBe(false);
    expect(isNotModified(answer, undefined)).toBe(false);
    const fromNext = store(200, { ...json, etag: ['"abc"'] }, "{}", "/api/v1/partnerships")!;
    expect(isNotModified(fromNext, '"abc"')).toBe(true);
  });
});

describe("PageCache", () => {
  const page = (body: string) => storablePage("/api/v1/x", 200, { etag: '"e"' }, Buffer.from(body))!;
  const text = (found: StoredPage | null) => found && Buffer.concat(found.body.parts).toString();

  it("serves a page only at the version it was rendered at", () => {
    const cache = new PageCache(1_000);
    cache.store("a", "v1", page("one"));
    expect(text(cache.find("a", "v1"))).toBe("one");
    expect(cache.find("a", "v2")).toBeNull();
    expect(cache.find("b", "v1")).toBeNull();
  });

  it("stays within its byte budget, dropping the least recently used", () => {
    const size = page("x".repeat(40)).size; // the text and its compressed form
    const cache = new PageCache(size * 10);
    cache.store("a", "v", page("x".repeat(40)));
    cache.store("b", "v", page("y".repeat(40)));
    cache.find("a", "v");
    for (let i = 0; i < 9; i++) cache.store(`c${i}`, "v", page("z".repeat(40)));
    expect(cache.find("b", "v")).toBeNull(); // b was the least recently used
    expect(text(cache.find("a", "v"))).toHaveLength(40);
    for (let i = 9; i < 19; i++) cache.store(`c${i}`, "v", page("z".repeat(40)));
    expect(cache.find("a", "v")).toBeNull();
    expect(text(cache.find("c18", "v"))).toHaveLength(40);
    cache.store("huge", "v", page("h".repeat(size * 2)));
    expect(cache.find("huge", "v")).toBeNull();
  });
});
