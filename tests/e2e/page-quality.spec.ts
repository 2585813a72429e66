import { expect, test } from "@playwright/test";
import { mapReady } from "./support/map";

// What Lighthouse found on the pages people open first (npm run bench:lighthouse measures the
// rest): no console error and no failed request (the missing favicon was one), and the map page
// does not move while its data and map arrive.

for (const path of ["/", "/kommun/umea", "/karta", "/statistik", "/en/karta"]) {
  test(`${path} logs no console error and no request fails`, async ({ page }) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    // The site's icon is declared and served.
    const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(icon).toBeTruthy();
    expect((await page.request.get(icon!)).status()).toBe(200);
    expect(problems).toEqual([]);
  });
}

// Layout shift as the browser reports it (the same figure Lighthouse reads): every shift not
// caused by the user's input, from the first paint until the map's data is drawn.
const RECORD_LAYOUT_SHIFT = `
  window.__layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }).observe({ type: "layout-shift", buffered: true });
`;

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
]) {
  test(`/karta moves by less than 0.05 layout shift while it loads (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(RECORD_LAYOUT_SHIFT);
    await page.goto("/karta");
    // The still picture of the national view, then the map built in its place (a pointer over it).
    await mapReady(page);
    await expect(page.locator(".map-explorer")).toHaveAttribute("data-loaded", "true");
    await page.waitForLoadState("networkidle");
    // A frame for the last changes to be laid out and reported.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))),
    );
    const shift = await page.evaluate(() => (window as unknown as { __layoutShift: number }).__layoutShift);
    console.log(`/karta at ${viewport.width}×${viewport.height}: layout shift ${shift.toFixed(4)}`);
    expect(shift).toBeLessThan(0.05);
  });
}
