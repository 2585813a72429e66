import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { ADMIN, UMEA, signIn } from "./support/editing";
import { openFilters } from "./support/filters";

// Runs in the "phone" project (360×740, playwright.config.ts): no page, public or signed-in, in
// either language, may scroll sideways. Wide tables scroll inside their own labelled frame.

const PUBLIC = [
  "/",
  "/kommuner",
  "/samarbeten",
  "/samarbeten?land=FI",
  "/karta",
  "/karta?vald=2480",
  "/kommun/umea",
  "/kommun/solleftea",
  "/kommun/solleftea/policy",
  "/region/region-vasterbotten",
  "/land/fi",
  "/sok?q=vasa",
  "/statistik",
  "/oppna-data",
  "/partnersokning",
  "/partnersokning/ny",
  "/inbaddning/2480",
  "/logga-in",
  "/finns-inte",
];
const OFFICER = [
  "/hantera",
  "/hantera/umea",
  "/hantera/umea/samarbeten/ny",
  "/hantera/umea/policy/ny",
  "/hantera/umea/orter/ny",
];
const ADMINISTRATOR = ["/hantera", "/hantera/anvandare", "/hantera/import", "/hantera/inventering"];

async function expectNoSidewaysScroll(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // The viewport as set, not window.innerWidth: in a phone's emulation the browser zooms out to
  // show a page wider than the screen, and innerWidth then grows with it (a 584 px page passed).
  const viewport = page.viewportSize()!.width;
  const { page: width, widest } = await page.evaluate((viewport) => {
    // The outermost elements that reach past the right edge, for a useful failure message.
    const widest = [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > viewport + 1 && !e.closest(".table-scroll"))
      .slice(0, 3)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
    return { page: document.documentElement.scrollWidth, widest };
  }, viewport);
  expect(width, `${path} is ${width} px wide: ${widest.join(", ")}`).toBeLessThanOrEqual(viewport);
}

// Each test walks a dozen or more pages: give it the time of a few single-page tests.
test.describe.configure({ timeout: 120_000 });

for (const locale of ["sv", "en"] as const) {
  const prefix = locale === "sv" ? "" : "/en";

  test(`public pages fit a phone (${locale})`, async ({ page }) => {
    for (const path of PUBLIC) await expectNoSidewaysScroll(page, `${prefix}${path}`);
  });

  test(`the officer's pages fit a phone (${locale})`, async ({ page }) => {
    await signIn(page, UMEA, locale);
    for (const path of OFFICER) await expectNoSidewaysScroll(page, `${prefix}${path}`);
  });

  test(`the administrator's pages fit a phone (${locale})`, async ({ page }) => {
    await signIn(page, ADMIN, locale);
    for (const path of ADMINISTRATOR) await expectNoSidewaysScroll(page, `${prefix}${path}`);
  });
}

test("a wide table scrolls in a named frame that the keyboard reaches, and the filters fold", async ({
  page,
}) => {
  await page.goto("/kommun/umea");
  const frame = page.locator(".table-scroll").first();
  await expect(frame).toHaveRole("region");
  await expect(frame).toHaveAccessibleName(/.+/);
  await frame.focus();
  await expect(frame).toBeFocused();
  const before = await frame.evaluate((e) => e.scrollLeft);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  const scrollable = await frame.evaluate((e) => e.scrollWidth > e.clientWidth);
  if (scrollable) await expect.poll(() => frame.evaluate((e) => e.scrollLeft)).toBeGreaterThan(before);

  await page.goto("/samarbeten");
  await expect(page.getByLabel("Partnerland")).toBeHidden();
  await openFilters(page);
  await page.getByLabel("Partnerland").selectOption("FI");
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page).toHaveURL(/[?&]land=FI/);
  await expect(page.getByText("Visa filter (1 filter valt)")).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("the national map starts in the phone's first screen; its shortcuts appear when focused", async ({
  page,
}) => {
  await page.goto("/karta");
  const frame = page.locator(".map-frame");
  const top = (await frame.boundingBox())!.y;
  console.log(`/karta at 360×740: the map starts at y=${Math.round(top)}`);
  // At least a fifth of the first screen shows the map.
  expect(top).toBeLessThan(740 * 0.8);
  const toMap = page.getByRole("link", { name: "Till kartan" });
  await toMap.focus();
  expect((await toMap.boundingBox())!.width).toBeGreaterThan(40);
});
