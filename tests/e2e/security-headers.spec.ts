import { expect, test, type APIResponse, type Response } from "@playwright/test";
import { watchCsp } from "./support/csp";
import { UMEA, signIn } from "./support/editing";
import { mapReady } from "./support/map";

// Every page is served with a per-request nonce policy (proxy.ts) that Next's own scripts, the
// map and the forms work under; the API and static files carry the fixed headers
// (next.config.ts). Both come from lib/security/headers.ts.

const PUBLIC_PAGES = [
  "/",
  "/en",
  "/kommuner",
  "/samarbeten",
  "/kommun/umea",
  "/en/kommun/umea",
  "/karta",
  "/statistik",
  "/oppna-data",
  "/sok?q=um",
  "/logga-in",
];

type Headers = Record<string, string>;
const headersOf = (r: Response | APIResponse): Headers => r.headers();

function expectCommonHeaders(h: Headers) {
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toMatch(/camera=\(\)/);
  expect(h["permissions-policy"]).toMatch(/microphone=\(\)/);
  expect(h["permissions-policy"]).toMatch(/geolocation=\(\)/);
}

/** The nonce of a page policy, after checking the policy's strict parts. */
function expectPagePolicy(h: Headers): string {
  const policy = h["content-security-policy"] ?? "";
  // One policy only: next.config.ts's resource policy, if sent as well, would block every script.
  expect(policy).not.toContain("default-src 'none'");
  const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect(policy).toContain(directive);
  }
  expect(h["x-frame-options"]).toBe("DENY");
  return /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
}

for (const path of PUBLIC_PAGES) {
  test(`${path} has the security headers and runs under its policy without a violation`, async ({ page }) => {
    const csp = await watchCsp(page);
    const response = await page.goto(path);
    expect(response!.status()).toBe(200);
    const headers = headersOf(response!);
    const policies = (await response!.headersArray()).filter((h) =>
      /^content-security-policy$/i.test(h.name),
    );
    expect(policies).toHaveLength(1);
    expectCommonHeaders(headers);
    const nonce = expectPagePolicy(headers);
    expect(headers["strict-transport-security"]).toBeUndefined(); // plain http here
    // Next put this response's nonce on every script of the HTML (the chunks they load later
    // run under 'strict-dynamic'). JSON-LD blocks are data the browser never runs, so CSP
    // leaves them alone and they need none.
    const scriptTags = ((await response!.text()).match(/<script\b[^>]*>/g) ?? []).filter(
      (tag) => !tag.includes('type="application/ld+json"'),
    );
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
    await page.waitForLoadState("networkidle");
    if (path === "/karta" || path.includes("/kommun/")) {
      // Leaflet, loaded as a chunk under 'strict-dynamic', drew the map (a member page's when it
      // comes near the screen).
      await page.locator(".leaflet-map").first().scrollIntoViewIfNeeded();
      await mapReady(page);
      await expect(page.locator(".leaflet-container").first()).toBeVisible();
      await expect(page.locator(".leaflet-container canvas").first()).toBeVisible();
    }
    expect(await csp.violations()).toEqual([]);
    expect(csp.consoleMessages).toEqual([]);
  });
}

test("the signed-in area works under the policy, forms included", async ({ page }) => {
  const csp = await watchCsp(page);
  await signIn(page, UMEA);
  const response = await page.goto("/hantera/umea");
  expectCommonHeaders(headersOf(response!));
  expectPagePolicy(headersOf(response!));
  await page.goto("/hantera/umea/samarbeten/ny");
  // The type-ahead is client JavaScript calling /api/places: it must still answer.
  const place = page.getByRole("combobox", { name: "Ort" });
  await place.fill("Dorpat");
  await expect(page.getByRole("listbox", { name: "Ort" }).getByRole("option").first()).toContainText("Tartu");
  expect(await csp.violations()).toEqual([]);
  expect(csp.consoleMessages).toEqual([]);
});

test("every page response gets a new nonce", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) nonces.add(expectPagePolicy(headersOf(await request.get("/kommun/umea"))));
  expect(nonces.size).toBe(3);
});

test("API answers and static files carry the fixed headers and a policy that loads nothing", async ({
  request,
}) => {
  for (const path of [
    "/api/v1/organisations",
    "/api/health",
    "/api/v1/openapi.json",
    "/map/world.topojson",
    "/robots.txt",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = headersOf(response);
    expectCommonHeaders(headers);
    expect(headers["content-security-policy"], path).toBe(
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
  // A refused API request too (a problem answer, 4xx).
  const problem = await request.get("/api/v1/partnerships?antal=100000");
  expect(problem.status()).toBeGreaterThanOrEqual(400);
  expectCommonHeaders(headersOf(problem));
});

test("X-Forwarded-Proto: https asks for HSTS from the API and static files, and from pages only behind a trusted proxy", async ({
  request,
}) => {
  const overHttps = { "x-forwarded-proto": "https" };
  // next.config.ts's static rule: browsers ignore HSTS that arrives over plain http, so a forged
  // header gains nothing there.
  for (const path of ["/api/health", "/api/v1/organisations", "/map/world.topojson"]) {
    const headers = headersOf(await request.get(path, { headers: overHttps }));
    expect(headers["strict-transport-security"], path).toMatch(/^max-age=\d{8}/);
  }
  // Pages believe the header only from TRUSTED_PROXY_HOPS proxies (lib/security/forwarded.ts;
  // the e2e server trusts none): no HSTS, no upgrade-insecure-requests. With a trusted proxy
  // they do ask for both (tests/integration/forwarded-headers.test.ts).
  for (const path of ["/kommun/umea", "/en"]) {
    const page = headersOf(await request.get(path, { headers: overHttps }));
    expect(page["strict-transport-security"], path).toBeUndefined();
    expect(page["content-security-policy"], path).not.toContain("upgrade-insecure-requests");
  }
});
