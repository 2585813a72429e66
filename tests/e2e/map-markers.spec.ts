import { expect, test, type Page } from "@playwright/test";
import { mapReady as buildMap } from "./support/map";

// The map's markers are elements: each can be clicked and chosen by Enter (no tab stop each), markers at (nearly)
// one spot are moved apart (lib/map/spread.ts), and zoomed in every marker carries its name.

const mapRegion = (page: Page) => page.getByRole("region", { name: "Karta över samarbetena" });
const marker = (page: Page, name: string) => mapRegion(page).getByRole("button", { name, exact: true });

async function mapReady(page: Page) {
  await buildMap(page);
  await expect(page.locator(".map-explorer")).toHaveAttribute("data-loaded", "true");
}

type Member = [number, string, "M" | "R", string, string, number | null, number | null];

/**
 * The real map data, with a second member moved onto Umeå's exact position: two markers at one
 * spot, as two members in one town would be. Returns that member's name.
 */
async function stackSecondMemberOnUmea(page: Page): Promise<{ other: Promise<string> }> {
  let resolveName: (name: string) => void;
  const other = new Promise<string>((resolve) => (resolveName = resolve));
  await page.route(/\/api\/v1\/map(\?|$)/, async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as { members: Member[]; links: [number, number][] };
    const umea = data.members.find((m) => m[1] === "2480")!;
    // A member the map draws (one with a link), other than Umeå.
    const drawn = data.links.map(([, member]) => data.members[member]!);
    const moved = drawn.find((m) => m[1] !== "2480" && m[5] !== null && m[6] !== null)!;
    moved[5] = umea[5];
    moved[6] = umea[6];
    resolveName(moved[3]);
    await route.fulfill({ status: 200, json: data });
  });
  return { other };
}

test("two markers at the same position are both visible, clickable and chosen by Enter", async ({ page }) => {
  const { other } = await stackSecondMemberOnUmea(page);
  await page.goto("/karta");
  await mapReady(page);
  const otherName = await other;
  const umea = marker(page, "Umeå kommun");
  const second = marker(page, otherName);
  await expect(umea).toBeVisible();
  await expect(second).toBeVisible();
  // Moved apart: neither covers the other's centre.
  const [a, b] = [(await umea.boundingBox())!, (await second.boundingBox())!];
  const apart = Math.hypot(
    a.x + a.width / 2 - (b.x + b.width / 2),
    a.y + a.height / 2 - (b.y + b.height / 2),
  );
  expect(apart).toBeGreaterThanOrEqual((a.width + b.width) / 2 - 4);

  // By click (Playwright clicks only where the element itself receives the click).
  await second.click();
  await expect(page.getByRole("complementary", { name: `Samarbeten för ${otherName}` })).toBeVisible();
  await umea.click();
  await expect(page.getByRole("complementary", { name: "Samarbeten för Umeå kommun" })).toBeVisible();
  await page.getByRole("button", { name: "Stäng" }).click();

  // By keyboard: the markers are no tab stops (the list below the map chooses them, map.spec.ts),
  // but a marker that has the focus (a screen reader's cursor) is chosen by Enter.
  await mapRegion(page).focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest(".map-marker") ?? null)).toBeNull();
  await expect(second).toHaveAttribute("tabindex", "-1");
  await second.focus();
  await page.keyboard.press("Enter");
  const panel = page.getByRole("complementary", { name: `Samarbeten för ${otherName}` });
  await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
});

test("Vasa stays clickable beside a chosen Umeå when the map zooms out to all its partners", async ({
  page,
}) => {
  await page.goto("/karta?vald=2480");
  await mapReady(page);
  await expect
    .poll(async () => Number(await page.locator(".leaflet-map").getAttribute("data-zoom")))
    .toBeLessThan(4);
  await marker(page, "Vasa (Vaasa)").click();
  await expect(page.getByRole("complementary", { name: /Svenska samarbetsparter i Vasa/ })).toBeVisible();
});

test("zoomed in, every marker carries its name; at the national view only on hover or focus", async ({
  page,
}) => {
  await page.goto("/karta");
  await mapReady(page);
  await expect(page.locator(".leaflet-map")).toHaveAttribute("data-labels", "false");
  await expect(page.locator(".leaflet-tooltip.map-label")).toHaveCount(0);

  await page.goto("/karta?zoom=8&centrum=63.83,20.26");
  await mapReady(page);
  await expect(page.locator(".leaflet-map")).toHaveAttribute("data-labels", "true");
  const labels = page.locator(".leaflet-tooltip.map-label");
  expect(await labels.count()).toBe(Number(await page.locator(".leaflet-map").getAttribute("data-markers")));
  await expect(labels.filter({ hasText: /^Umeå kommun$/ })).toBeVisible();
  // Zooming out again takes the names away (one step at a time: a click during the zoom
  // animation is not a second step).
  await page.getByRole("button", { name: "Zooma ut" }).click();
  await expect(page.locator(".leaflet-map")).toHaveAttribute("data-zoom", "7");
  await page.getByRole("button", { name: "Zooma ut" }).click();
  await expect(page.locator(".leaflet-map")).toHaveAttribute("data-zoom", "6");
  await expect(page.locator(".leaflet-map")).toHaveAttribute("data-labels", "false");
  await expect(labels).toHaveCount(0);
});
