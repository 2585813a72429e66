import { describe, expect, it } from "vitest";
import { isCrossOriginPost, isPlainHost, requestOrigin, setTrustedForwarding } from "./forwarded";

const headers = (h: Record<string, string>) => new Headers(h);
const FALLBACK = "localhost:3000";

describe("requestOrigin", () => {
  it("without a trusted proxy, takes the Host header and plain http, whatever X-Forwarded-* say", () => {
    const forged = headers({
      host: "vanorter.example.org",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });
    expect(requestOrigin(forged, 0, FALLBACK)).toEqual({ host: "vanorter.example.org", protocol: "http" });
  });

  it("behind one trusted proxy, believes the entry that proxy wrote (the rightmost)", () => {
    const one = headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "Vanorter.example.org",
      "x-forwarded-proto": "https",
    });
    expect(requestOrigin(one, 1, FALLBACK)).toEqual({ host: "vanorter.example.org", protocol: "https" });
    // A proxy that appends: the client's own entry on the left is not believed.
    const appended = headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "evil.example, vanorter.example.org",
      "x-forwarded-proto": "http, https",
    });
    expect(requestOrigin(appended, 1, FALLBACK)).toEqual({ host: "vanorter.example.org", protocol: "https" });
  });

  it("behind two proxies, the outermost proxy's entry; a shorter chain yields its leftmost", () => {
    const chain = headers({
      host: "10.0.0.2",
      "x-forwarded-host": "evil.example, vanorter.example.org, 10.0.0.1",
    });
    expect(requestOrigin(chain, 2, FALLBACK).host).toBe("vanorter.example.org");
    expect(
      requestOrigin(headers({ host: "10.0.0.2", "x-forwarded-host": "vanorter.example.org" }), 2, FALLBACK)
        .host,
    ).toBe("vanorter.example.org");
  });

  it("refuses a host that is not a plain host name, and any scheme but https", () => {
    for (const bad of ["evil.example/path", "a@evil.example", "evil.example:80:80", "ev il", "", "[::1"])
      expect(requestOrigin(headers({ host: "own.example", "x-forwarded-host": bad }), 1, FALLBACK).host).toBe(
        "own.example",
      );
    expect(requestOrigin(headers({ host: "evil.example/x" }), 0, FALLBACK).host).toBe(FALLBACK);
    expect(requestOrigin(headers({}), 0, FALLBACK).host).toBe(FALLBACK);
    expect(
      requestOrigin(headers({ host: "a.example", "x-forwarded-proto": "javascript" }), 1, FALLBACK).protocol,
    ).toBe("http");
  });

  it("knows plain hosts", () => {
    for (const good of [
      "localhost",
      "localhost:3000",
      "vanorter.example.org",
      "192.0.2.1:8080",
      "[2001:db8::1]:443",
    ])
      expect(isPlainHost(good), good).toBe(true);
    expect(isPlainHost("a".repeat(300))).toBe(false);
  });
});

describe("setTrustedForwarding", () => {
  it("replaces the forwarded headers with the decided origin and drops the rest", () => {
    const h = headers({
      host: "own.example",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-port": "443",
      forwarded: "host=evil.example;proto=https",
    });
    setTrustedForwarding(h, requestOrigin(h, 0, FALLBACK));
    expect(Object.fromEntries(h)).toEqual({
      host: "own.example",
      "x-forwarded-host": "own.example",
      "x-forwarded-proto": "http",
    });
  });
});

describe("isCrossOriginPost", () => {
  const own = { host: "vanorter.example.org", protocol: "https" } as const;
  it("refuses a post whose Origin names another host, or none readable", () => {
    expect(isCrossOriginPost("POST", "https://evil.example", own)).toBe(true);
    expect(isCrossOriginPost("POST", "null", own)).toBe(true);
    expect(isCrossOriginPost("POST", "https://vanorter.example.org:8443", own)).toBe(true);
  });
  it("lets same-origin posts, posts without Origin and other methods pass", () => {
    expect(isCrossOriginPost("POST", "https://vanorter.example.org", own)).toBe(false);
    expect(isCrossOriginPost("POST", "http://vanorter.example.org", own)).toBe(false);
    expect(isCrossOriginPost("POST", null, own)).toBe(false);
    expect(isCrossOriginPost("GET", "https://evil.example", own)).toBe(false);
  });
});
