// X-Forwarded-Host and X-Forwarded-Proto on the production server (scripts/serve.ts, as `npm start`
// runs it), with and without a trusted reverse proxy (TRUSTED_PROXY_HOPS): without one a client's
// claims change nothing; behind one, the entry the proxy wrote decides the scheme (HSTS) and the
// host a server action's Origin must match (lib/security/forwarded.ts). Generated links come from
// SITE_URL in both cases. tests/e2e/forwarded-headers.spec.ts covers sign-in, mail and the feeds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuild, startAppServer, type AppServer } from "../support/app-server";
import { testDatabaseUrl } from "../support/database";

const SITE = "https://vanorter.example.org";
const EVIL = "evil.example";
let direct: AppServer;
let proxied: AppServer;

beforeAll(async () => {
  ensureBuild();
  [direct, proxied] = await Promise.all([
    startAppServer(testDatabaseUrl(), { SITE_URL: SITE, TRUSTED_PROXY_HOPS: "0" }),
    startAppServer(testDatabaseUrl(), { SITE_URL: SITE, TRUSTED_PROXY_HOPS: "1" }),
  ]);
}, 900_000);

afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
});

const get = (server: AppServer, path: string, headers: Record<string, string>) =>
  fetch(server.url + path, { headers, redirect: "manual" });

/** A post to the sign-in page (no valid server action: only the proxy's same-origin check matters). */
const post = (server: AppServer, headers: Record<string, string>) =>
  fetch(`${server.url}/logga-in`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: "email=a%40b.se",
    redirect: "manual",
  });

describe("forwarded headers", () => {
  it("without a trusted proxy: no HSTS on a claimed https, and the forged host names nothing", async () => {
    const forged = { "x-forwarded-host": EVIL, "x-forwarded-proto": "https" };
    const page = await get(direct, "/kommun/umea", forged);
    expect(page.status).toBe(200);
    expect(page.headers.get("strict-transport-security")).toBeNull();
    expect(page.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    const html = await page.text();
    expect(html).not.toContain(EVIL);
    expect(html).toContain(`<link rel="canonical" href="${SITE}/kommun/umea"`);
    for (const path of ["/sitemap.xml", "/flode.atom", "/api/v1/dcat"]) {
      const body = await (await get(direct, path, forged)).text();
      expect(body, path).not.toContain(EVIL);
      expect(body, path).toContain(SITE);
    }
    // A post whose Origin matches only the forged X-Forwarded-Host is from another site.
    const refused = await post(direct, { ...forged, origin: `https://${EVIL}` });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Formuläret skickades från en annan webbplats");
  });

  it("behind one trusted proxy: the proxy's scheme and host are believed, the client's are not", async () => {
    const viaProxy = {
      "x-forwarded-host": `${EVIL}, vanorter.example.org`,
      "x-forwarded-proto": "http, https",
    };
    const page = await get(proxied, "/kommun/umea", viaProxy);
    expect(page.status).toBe(200);
    expect(page.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8}/);
    expect(page.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    expect(await page.text()).not.toContain(EVIL);
    // The client-written entry on the left is not the host a post's Origin must match…
    expect((await post(proxied, { ...viaProxy, origin: `https://${EVIL}` })).status).toBe(403);
    // …the proxy's is: the post passes the proxy (and reaches Next, which finds no such action).
    expect((await post(proxied, { ...viaProxy, origin: SITE })).status).not.toBe(403);
    // The proxy's own http is believed as well.
    const plain = await get(proxied, "/kommun/umea", {
      "x-forwarded-host": "vanorter.example.org",
      "x-forwarded-proto": "http",
    });
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  });
});
