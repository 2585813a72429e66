import { describe, expect, it } from "vitest";
import {
  COMMON_SECURITY_HEADERS,
  createNonce,
  pageContentSecurityPolicy,
  pageSecurityHeaders,
  RESOURCE_CONTENT_SECURITY_POLICY,
  tileSource,
} from "./headers";

/** A policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("createNonce", () => {
  it("gives 16 random bytes in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});

describe("pageContentSecurityPolicy", () => {
  const policy = directives(pageContentSecurityPolicy({ nonce: "abc123==" }));

  it("runs only scripts with this response's nonce, and what they load", () => {
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("forbids plugins, a changed base address and framing", () => {
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
  });

  it("allows inline styles (Leaflet) and images from this site only", () => {
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("adds the tile host, the sign-in issuer, https upgrades and a framing choice when given", () => {
    const p = directives(
      pageContentSecurityPolicy({
        nonce: "n",
        tileUrl: "https://{s}.tile.example.org/{z}/{x}/{y}.png",
        formActionOrigins: ["https://login.microsoftonline.com"],
        frameAncestors: "https:",
        https: true,
      }),
    );
    expect(p.get("img-src")).toEqual(["'self'", "data:", "blob:", "https://*.tile.example.org"]);
    expect(p.get("form-action")).toEqual(["'self'", "https://login.microsoftonline.com"]);
    expect(p.get("frame-ancestors")).toEqual(["https:"]);
    expect(p.get("upgrade-insecure-requests")).toEqual([]);
  });

  it("lets next dev evaluate code and open its WebSocket, and only there", () => {
    const p = directives(pageContentSecurityPolicy({ nonce: "n", development: true }));
    expect(p.get("script-src")).toContain("'unsafe-eval'");
    expect(p.get("connect-src")).toEqual(["'self'", "ws:"]);
  });

  it("cannot be broken out of by a hostile tile URL", () => {
    const p = pageContentSecurityPolicy({ nonce: "n", tileUrl: "https://x.example;script-src *" });
    expect(p).not.toContain("script-src *");
  });
});

describe("tileSource", () => {
  it("keeps scheme and host, turning a templated subdomain into a wildcard", () => {
    expect(tileSource("https://tiles.example.org/{z}/{x}/{y}.png")).toBe("https://tiles.example.org");
    expect(tileSource("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe(
      "https://*.tile.openstreetmap.org",
    );
    expect(tileSource("http://Tiles-{s}.Example.org:8080/{z}/{x}/{y}")).toBe("http://*.example.org:8080");
    expect(tileSource("/tiles/{z}/{x}/{y}.png")).toBeUndefined();
  });
});

describe("pageSecurityHeaders", () => {
  it("sends the common headers, the policy and DENY framing; HSTS only over https", () => {
    const overHttp = pageSecurityHeaders({ nonce: "n" });
    expect(overHttp).toMatchObject(COMMON_SECURITY_HEADERS);
    expect(overHttp["X-Content-Type-Options"]).toBe("nosniff");
    expect(overHttp["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(overHttp["Permissions-Policy"]).toContain("camera=()");
    expect(overHttp["Permissions-Policy"]).toContain("microphone=()");
    expect(overHttp["Permissions-Policy"]).toContain("geolocation=()");
    expect(overHttp["Content-Security-Policy"]).toContain("'nonce-n'");
    expect(overHttp["X-Frame-Options"]).toBe("DENY");
    expect(overHttp["Strict-Transport-Security"]).toBeUndefined();
    expect(pageSecurityHeaders({ nonce: "n", https: true })["Strict-Transport-Security"]).toMatch(
      /^max-age=\d{8}/,
    );
  });

  it("leaves X-Frame-Options out for a page that may be framed", () => {
    expect(pageSecurityHeaders({ nonce: "n", frameAncestors: "https:" })["X-Frame-Options"]).toBeUndefined();
  });
});

describe("RESOURCE_CONTENT_SECURITY_POLICY", () => {
  it("lets nothing load, run or frame an API answer or a static file", () => {
    const p = directives(RESOURCE_CONTENT_SECURITY_POLICY);
    expect(p.get("default-src")).toEqual(["'none'"]);
    expect(p.get("frame-ancestors")).toEqual(["'none'"]);
    expect(p.get("base-uri")).toEqual(["'none'"]);
  });
});
