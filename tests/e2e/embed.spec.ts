import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { addCountryPartnership, signIn, UMEA } from "./support/editing";

// The embeddable list on a municipality's own website: a page served from another origin (a tiny
// HTTP server on another port) frames /inbaddning/2480; an officer's edit shows at its next reload.

let host: Server;
let hostUrl = "";
/** The iframe the host page shows, set per test. */
let embedSrc = "";

test.beforeAll(async () => {
  host = createServer((_, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html lang="sv"><head><title>Umeå kommun – Vänorter</title></head><body>` +
        `<main><h1>Våra vänorter</h1><iframe src="${embedSrc}" title="Umeå kommuns vänorter" width="100%" height="600" style="border:0"></iframe></main></body></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

/** Opens the host page and waits for the embedded list's answer. */
async function openHost(page: Page) {
  const answer = page.waitForResponse((r) => r.url().startsWith(embedSrc));
  await page.goto(hostUrl);
  return answer;
}

test("a page on another origin embeds the list, and an officer's edit shows at its next reload", async ({
  page,
  browser,
  baseURL,
}) => {
  embedSrc = `${baseURL}/inbaddning/2480?karta=1`;
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  const response = await openHost(page);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors *");
  expect(headers["x-frame-options"]).toBeUndefined();
  expect(headers["set-cookie"]).toBeUndefined();
  const body = await response.body();
  console.log(`embed ${embedSrc}: ${body.length} bytes`);
  expect(body.length).toBeLessThan(30 * 1024);

  const frame = page.frameLocator("iframe");
  await expect(
    frame.getByRole("heading", { level: 1, name: "Umeå kommun: vänorter och samarbeten" }),
  ).toBeVisible();
  await expect(frame.getByRole("heading", { name: /^Vänorter \(\d+\)$/ })).toBeVisible();
  await expect(frame.getByText("Vasa (Vaasa), Finland")).toBeVisible();
  await expect(
    frame.getByRole("img", { name: "Karta över Umeå kommun och samarbetsorterna i listan" }),
  ).toBeVisible();
  // The framed page asked for nothing but itself: no script, font, tile or anything elsewhere.
  expect(
    requests.filter((url) => url !== hostUrl && url !== embedSrc && !url.endsWith("/favicon.ico")),
  ).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);

  // Umeå's officer adds a partnership and then edits it, in a browser of their own.
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, UMEA);
  await addCountryPartnership(officer, "umea", "Island");
  await openHost(page);
  await expect(frame.getByText("Island", { exact: true })).toBeVisible();
  await officer.getByLabel("Startår").fill("2011");
  await officer.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(officer.getByText("Ändringarna är sparade.")).toBeVisible();
  await openHost(page);
  await expect(frame.getByText("Island (sedan 2011)")).toBeVisible();

  // Removed, it leaves the list at once.
  await officer.getByRole("button", { name: "Ta bort samarbetet" }).click();
  await expect(officer.getByText("Samarbetet är borttaget. Du kan återställa det nedan.")).toBeVisible();
  await openHost(page);
  await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(frame.getByText("Island", { exact: false })).toHaveCount(0);
  await officerContext.close();
});

for (const [locale, path, heading] of [
  ["sv", "/inbaddning/2480?karta=1", "Umeå kommun: vänorter och samarbeten"],
  ["en", "/en/inbaddning/2480?karta=1&farg=8b0000", "Umeå kommun: twin towns and cooperation"],
] as const) {
  test(`the embedded list is accessible on its own (${locale})`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
}

test("the embedded list works without JavaScript and says what is wrong with a bad option", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/inbaddning/2480?typ=vanort");
  await expect(page.getByText("Vasa (Vaasa), Finland")).toBeVisible();
  const bad = await page.goto("/en/inbaddning/2480?farg=ffff00");
  expect(bad!.status()).toBe(400);
  await expect(page.getByRole("heading", { name: "The list could not be shown" })).toBeVisible();
  await expect(page.getByText(/contrast with white is 1:1/)).toBeVisible();
  await context.close();
});

test("the officer copies the snippet from a live preview with the chosen options", async ({
  page,
  baseURL,
}) => {
  await signIn(page, UMEA);
  await page.goto("/hantera/umea");
  const builder = page.getByTestId("embed-builder");
  await expect(builder.getByRole("heading", { name: "Visa listan på er egen webbplats" })).toBeVisible();
  const snippet = builder.getByTestId("embed-snippet");
  const preview = builder.getByTestId("embed-preview");
  await preview.scrollIntoViewIfNeeded(); // it loads lazily
  await expect(snippet).toHaveValue(
    new RegExp(
      `^<iframe src="${baseURL}/inbaddning/2480" title="Umeå kommun: vänorter och samarbeten \\(Vänortsregistret\\)" width="100%" height="\\d+"`,
    ),
  );
  await expect(preview.contentFrame().getByRole("heading", { level: 1 })).toHaveText(
    "Umeå kommun: vänorter och samarbeten",
  );

  await builder.getByRole("radio", { name: "Engelska" }).check();
  await builder.getByRole("checkbox", { name: "Kommunala partnerskap" }).uncheck();
  await builder.getByRole("checkbox", { name: "Andra internationella samarbeten" }).uncheck();
  await builder.getByRole("checkbox", { name: "Visa en liten karta" }).check();
  await builder.getByLabel("Färg på rubriker och länkar").fill("#8b0000");
  const src = `${baseURL}/en/inbaddning/2480?typ=vanort&amp;karta=1&amp;farg=8b0000`;
  await expect(snippet).toHaveValue(
    new RegExp(
      `^<iframe src="${src.replace(/[?.]/g, "\\$&")}" title="Umeå kommun: twin towns and cooperation \\(Vänortsregistret\\)"`,
    ),
  );
  const frame = preview.contentFrame();
  await expect(frame.getByRole("heading", { level: 1 })).toHaveText(
    "Umeå kommun: twin towns and cooperation",
  );
  await expect(frame.getByRole("heading", { name: /^Twin towns/ })).toBeVisible();
  await expect(frame.getByRole("heading", { name: /^Other international cooperation/ })).toHaveCount(0);
  await expect(frame.getByRole("img", { name: /^Map of Umeå kommun/ })).toBeVisible();
  await expect(frame.getByRole("heading", { level: 1 })).toHaveCSS("color", "rgb(139, 0, 0)");

  // A colour too light to read is refused with the reason, and stays out of the code.
  await builder.getByLabel("Färg på rubriker och länkar").fill("#ffff00");
  await expect(builder.getByText(/kontrasten mot vitt är 1:1/)).toBeVisible();
  await expect(snippet).not.toHaveValue(/farg=/);

  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await builder.getByRole("button", { name: "Kopiera koden" }).click();
  await expect(builder.getByText("Koden är kopierad.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
  await expectNoAccessibilityViolations(page);
});

test("/oppna-data offers the builder for every member and documents oEmbed, which member pages announce", async ({
  page,
  request,
}) => {
  await page.goto("/en/oppna-data");
  const builder = page.getByTestId("embed-builder");
  await builder.getByLabel("Municipality or region").selectOption({ label: "Sollefteå kommun" });
  await expect(builder.getByTestId("embed-snippet")).toHaveValue(/\/en\/inbaddning\/2283"/);
  await builder.getByTestId("embed-preview").scrollIntoViewIfNeeded(); // it loads lazily
  await expect(
    builder.getByTestId("embed-preview").contentFrame().getByRole("heading", { level: 1 }),
  ).toHaveText("Sollefteå kommun: twin towns and cooperation");
  await expectNoAccessibilityViolations(page);

  await page.goto("/kommun/umea");
  const discovery = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  const href = await discovery.getAttribute("href");
  expect(href).toContain("/api/oembed?url=");
  const answer = await request.get(href!);
  expect(answer.status()).toBe(200);
  const body = await answer.json();
  expect(body).toMatchObject({ type: "rich", version: "1.0" });
  expect(body.html).toContain("/inbaddning/2480");
});
