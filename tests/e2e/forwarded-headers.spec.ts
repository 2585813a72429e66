import { expect, test, type Browser } from "@playwright/test";
import { ADMIN, query } from "./support/editing";
import { lastMailTo } from "./support/mail";

// A client that claims another host or scheme in X-Forwarded-Host / X-Forwarded-Proto (or RFC
// 7239's Forwarded) gains nothing: the e2e server trusts no proxy (TRUSTED_PROXY_HOPS=0), so
// those headers are not believed (lib/security/forwarded.ts). No generated link names the forged
// host, no redirect leads there, sign-in and sign-out still work over plain http, no page asks for
// HSTS, and a post from another origin is refused with 403 instead of Next's 500.

const EVIL = "evil.example";
const FORGED = {
  "x-forwarded-host": EVIL,
  "x-forwarded-proto": "https",
  "x-forwarded-port": "443",
  forwarded: `host=${EVIL};proto=https`,
};

/** A browser whose every request carries the forged headers, recording any request to the forged host. */
async function forgedBrowser(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: FORGED });
  const page = await context.newPage();
  const toEvil: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).hostname === EVIL) toEvil.push(r.url());
  });
  return { context, page, toEvil };
}

test("no generated link or redirect follows a forged X-Forwarded-Host", async ({ request, baseURL }) => {
  const paths = [
    "/sitemap.xml",
    "/robots.txt",
    "/flode.atom",
    "/en/flode.atom",
    "/kommun/umea/flode.atom",
    "/region/vasterbotten/flode.atom",
    `/api/oembed?url=${encodeURIComponent(`${baseURL}/kommun/umea`)}&format=json`,
    `/api/oembed?url=${encodeURIComponent(`https://${EVIL}/kommun/umea`)}&format=json`,
    "/api/v1/dcat",
    "/api/v1/changes?since=2000-01-01T00:00:00Z",
    "/api/v1/wikidata/quickstatements",
    "/kommun/umea",
    "/en/kommun/umea",
    "/land/fi",
    "/ort/632978",
    "/oppna-data",
    "/inbaddning/2480",
    "/partnersokning",
    "/logga-in",
  ];
  for (const path of paths) {
    const response = await request.get(path, { headers: FORGED, maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    const body = await response.text();
    expect(body, path).not.toContain(EVIL);
    expect(JSON.stringify(response.headers()), path).not.toContain(EVIL);
    // No page asks for https on the forged scheme's word (the API and static files keep
    // next.config.ts's static rule, which browsers ignore over plain http).
    if (!path.startsWith("/api/") && !/\.(?:xml|txt)$/.test(path))
      expect(response.headers()["strict-transport-security"], path).toBeUndefined();
    expect(response.headers()["content-security-policy"] ?? "", path).not.toContain(
      "upgrade-insecure-requests",
    );
  }
  // The pages' absolute links are the configured public address (SITE_URL).
  const page = await (await request.get("/kommun/umea", { headers: FORGED })).text();
  expect(page).toContain(`<link rel="canonical" href="${baseURL}/kommun/umea"`);
  const sitemap = await (await request.get("/sitemap.xml", { headers: FORGED })).text();
  expect(sitemap).toContain(`<loc>${baseURL}/sitemap/sidor.xml</loc>`);
  const pages = await (await request.get("/sitemap/sidor.xml", { headers: FORGED })).text();
  expect(pages).toContain(`<loc>${baseURL}/kommun/umea</loc>`);
  expect(pages).not.toContain(EVIL);
  const feed = await (await request.get("/flode.atom", { headers: FORGED })).text();
  expect(feed).toContain(`${baseURL}/`);
  const oembed = await request.get(
    `/api/oembed?url=${encodeURIComponent(`https://${EVIL}/kommun/umea`)}&format=json`,
    { headers: FORGED },
  );
  expect(oembed.status()).toBe(404);

  // Redirects stay on this site: the proxy's, and the sign-in page's return address.
  for (const path of ["/sv/kommun/umea", "/hantera", "/kommun/%E0%A4%A"]) {
    const response = await request.get(path, { headers: FORGED, maxRedirects: 0 });
    const location = response.headers()["location"] ?? "";
    expect([path, response.status()]).toEqual([path, expect.any(Number)]);
    expect(location, path).not.toContain(EVIL);
    expect(location.startsWith("/") || location.startsWith(`${baseURL}/`), `${path} → ${location}`).toBe(
      true,
    );
  }
});

test("signing in and out with forged forwarded headers stays on this site, over plain http", async ({
  browser,
  baseURL,
}) => {
  const { context, page, toEvil } = await forgedBrowser(browser, baseURL!);
  await page.goto("/logga-in?tillbaka=/hantera/umea");
  await page.getByLabel("E-postadress").fill(ADMIN.email);
  await page.getByLabel("Lösenord").fill(ADMIN.password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL(`${baseURL}/hantera/umea`);
  // The session cookie is a plain-http one: next-auth did not believe the forged https.
  const cookies = await context.cookies();
  expect(cookies.some((c) => c.name === "authjs.session-token" && !c.secure)).toBe(true);
  expect(cookies.some((c) => c.name.startsWith("__Secure-"))).toBe(false);
  await page.getByRole("button", { name: "Logga ut" }).click();
  await page.waitForURL(`${baseURL}/`);
  expect(toEvil).toEqual([]);
  await context.close();
});

test("the sign-in form posted without JavaScript redirects to a path, not to the forged host", async ({
  browser,
  baseURL,
}) => {
  // Read the form's server action fields from the page, then post it as a browser without JavaScript does.
  const { context, page } = await forgedBrowser(browser, baseURL!);
  await page.goto("/logga-in");
  const fields = await page.$$eval("form", (forms) =>
    forms
      .map((f) => [...new FormData(f as HTMLFormElement).entries()] as [string, string][])
      .find((entries) => entries.some(([name]) => name === "email"))!,
  );
  const form = new FormData();
  for (const [name, value] of fields)
    form.append(name, name === "email" ? ADMIN.email : name === "password" ? ADMIN.password : value);
  const response = await context.request.post("/logga-in", {
    multipart: form,
    headers: { ...FORGED, origin: baseURL! },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  const location = response.headers()["location"]!;
  expect(location).not.toContain(EVIL);
  expect(new URL(location, baseURL).origin).toBe(new URL(baseURL!).origin);
  expect(new URL(location, baseURL).pathname).toBe("/hantera");
  await context.close();
});

test("an invitation mailed with forged forwarded headers links to the configured address", async ({
  browser,
  baseURL,
}) => {
  const { context, page, toEvil } = await forgedBrowser(browser, baseURL!);
  const email = "forwarded.header@example.org";
  await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(ADMIN.email);
  await page.getByLabel("Lösenord").fill(ADMIN.password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL(`${baseURL}/hantera`);
  await page.goto("/hantera/anvandare");
  const invite = page.getByTestId("invite-form");
  await invite.getByLabel("Namn").fill("Vidarebefordrad Värd");
  await invite.getByLabel("E-postadress").fill(email);
  await invite.getByLabel("Kommuner och regioner", { exact: true }).selectOption({ label: "Umeå kommun" });
  await invite.getByRole("button", { name: "Skapa inbjudan" }).click();
  await expect(invite.getByRole("status")).toContainText(`Inbjudan har skickats med e-post till ${email}.`);
  await expect(invite.getByRole("status")).not.toContainText(EVIL);
  const mail = await lastMailTo(email);
  expect(mail.text).not.toContain(EVIL);
  expect(mail.text).toMatch(new RegExp(`${baseURL!.replace(/[.:/]/g, "\\$&")}/inbjudan/[\\w-]{43}`));
  expect(mail.text).toMatch(new RegExp(`${baseURL!.replace(/[.:/]/g, "\\$&")}/en/inbjudan/[\\w-]{43}`));
  expect(toEvil).toEqual([]);
  await context.close();
  // Other specs count Umeå's officers (the inventory's reminder): the invited account goes again.
  await query(`UPDATE "User" SET "active" = false WHERE "email" = $1`, [email]);
});

test("a post to a page from another origin gets 403 in the page's language, not a 500", async ({
  request,
}) => {
  for (const [path, text] of [
    ["/logga-in", "Formuläret skickades från en annan webbplats"],
    ["/en/partnersokning/ny", "The form was sent from another website"],
  ] as const) {
    for (const origin of [`http://${EVIL}`, "null"]) {
      const response = await request.post(path, {
        multipart: { email: "a@b.se" },
        headers: { origin, "x-forwarded-host": EVIL, "next-action": "0".repeat(42) },
        maxRedirects: 0,
      });
      expect([path, origin, response.status()]).toEqual([path, origin, 403]);
      expect(await response.text()).toContain(text);
    }
  }
});
