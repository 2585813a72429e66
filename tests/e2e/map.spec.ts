import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { openFilters } from "./support/filters";
import { mapReady } from "./support/map";

const map = (page: Page) => page.locator(".leaflet-map");

/** The number at the start of a "17 samarbeten" summary. */
async function countIn(page: Page, selector: string): Promise<number> {
  const text = (await page.locator(selector).first().textContent()) ?? "";
  const match = /^(\d[\d\s]*)/.exec(text.trim());
  expect(match, `a count in "${text}"`).not.toBeNull();
  return Number(match![1]!.replace(/\s/g, ""));
}

test("the map draws its offline basemap, links and markers without asking any other host", async ({
  page,
}) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const { hostname } = new URL(request.url());
    if (!["localhost", "127.0.0.1"].includes(hostname) && !request.url().startsWith("data:"))
      foreign.push(request.url());
  });
  await page.goto("/karta");
  await expect(page.getByRole("heading", { level: 1, name: "Karta" })).toBeVisible();
  await mapReady(page);
  // 177 countries + 290 kommuner from public/map/, drawn on canvas
  expect(Number(await map(page).getAttribute("data-basemap"))).toBeGreaterThan(400);
  expect(Number(await map(page).getAttribute("data-lines"))).toBeGreaterThan(10);
  expect(Number(await map(page).getAttribute("data-markers"))).toBeGreaterThan(10);
  await expect(page.locator(".leaflet-basemap-pane canvas")).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Karta över samarbetena" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Zooma in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Zooma ut" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: /./ }).getByRole("link", { name: "Karta", exact: true }),
  ).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(foreign).toEqual([]);
});

test("filtering to Finland shows the Umeå–Vasa link, with the same count as the list view", async ({
  page,
}) => {
  await page.goto("/karta");
  await mapReady(page);
  // The map comes first: its filters are folded until asked for.
  await expect(page.getByLabel("Partnerland")).toBeHidden();
  await openFilters(page);
  await page.getByLabel("Partnerland").selectOption("FI");
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page).toHaveURL(/[?&]land=FI/);
  await mapReady(page);
  await expect(page.locator(".map-explorer")).toHaveAttribute("data-loaded", "true");
  const onMap = await countIn(page, ".map-explorer .result-summary");
  expect(Number(await map(page).getAttribute("data-lines"))).toBeGreaterThanOrEqual(1);

  const table = page.getByRole("table", { name: "Kommuner och regioner i urvalet" });
  await table.getByRole("button", { name: "Visa Umeå kommun på kartan" }).click();
  const panel = page.getByRole("complementary", { name: "Samarbeten för Umeå kommun" });
  await expect(panel.getByRole("heading", { name: "Vänorter (1)" })).toBeVisible();
  await expect(panel.getByRole("listitem")).toContainText(["Vasa"]);

  // The list view of the same selection counts the same partnerships.
  await page.getByRole("link", { name: "Visa urvalet som lista" }).click();
  await expect(page).toHaveURL(/\/samarbeten\?land=FI$/);
  expect(await countIn(page, ".result-summary")).toBe(onMap);
  await expect(page.getByRole("table")).toContainText("Vasa");
});

test("choosing Umeå from the list twin by keyboard lists its six vänorter in the side panel", async ({
  page,
}) => {
  await page.goto("/karta");
  await mapReady(page);
  const button = page.getByRole("button", { name: "Visa Umeå kommun på kartan" });
  await button.focus();
  await page.keyboard.press("Enter");
  const panel = page.getByRole("complementary", { name: "Samarbeten för Umeå kommun" });
  await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(panel.getByRole("heading", { name: "Vänorter (6)" })).toBeVisible();
  const twinTowns = panel.getByRole("region", { name: /Vänorter/ }).getByRole("listitem");
  await expect(twinTowns).toHaveCount(6);
  for (const town of ["Vasa", "Harstad", "Helsingör", "Würzburg", "Petrozavodsk", "Saskatoon"])
    await expect(twinTowns.filter({ hasText: town })).toHaveCount(1);
  await expect(panel.getByRole("link", { name: "Till sidan om Umeå kommun" })).toHaveAttribute(
    "href",
    "/kommun/umea",
  );
  // The map highlights Umeå's links (drawn on top of the faded rest).
  expect(Number(await map(page).getAttribute("data-lines"))).toBeGreaterThan(17);

  // A partner place lists its Swedish partners.
  await twinTowns.getByRole("button", { name: "Würzburg" }).click();
  const place = page.getByRole("complementary", { name: /Svenska samarbetsparter i Würzburg/ });
  await expect(place.getByRole("button", { name: "Umeå kommun" })).toBeVisible();
  await place.getByRole("button", { name: "Stäng" }).click();
  await expect(page.getByRole("complementary")).toHaveCount(0);
});

test("the URL reproduces the view: filters, selection, overview mode and zoom", async ({ page, context }) => {
  await page.goto("/karta?typ=vanort");
  await mapReady(page);
  await page.getByRole("button", { name: "Visa Umeå kommun på kartan" }).click();
  // The selection brings Umeå's twin towns into view, Saskatoon in Canada too: the map zooms out.
  await expect.poll(async () => Number(await map(page).getAttribute("data-zoom"))).toBeLessThan(4);
  const zoom = Number(await map(page).getAttribute("data-zoom")) + 1;
  await page.getByRole("button", { name: "Zooma in" }).click();
  await expect(map(page)).toHaveAttribute("data-zoom", String(zoom));
  await page.getByLabel("Översikt: aktiva samarbeten per kommun").check();
  await expect(page).toHaveURL(new RegExp(`typ=vanort.*vald=2480.*vy=oversikt.*zoom=${zoom}.*centrum=`));
  await expect(page.getByRole("heading", { name: "Antal aktiva samarbeten per kommun" })).toBeVisible();

  const again = await context.newPage();
  await again.goto(page.url());
  await mapReady(again);
  await expect(map(again)).toHaveAttribute("data-zoom", String(zoom));
  await expect(again.getByRole("complementary", { name: "Samarbeten för Umeå kommun" })).toBeVisible();
  await expect(again.getByLabel("Översikt: aktiva samarbeten per kommun")).toBeChecked();
  await expect(again.getByText("Visa filter (1 filter valt)")).toBeVisible();
  await openFilters(again);
  await expect(again.getByRole("checkbox", { name: "Vänort", exact: true })).toBeChecked();
  expect(again.url()).toBe(page.url());
});

for (const [path, name] of [
  ["/karta?vald=2480", "Swedish"],
  ["/en/karta?vald=2480&vy=oversikt", "English"],
] as const) {
  test(`the map page has no accessibility violations (${name})`, async ({ page }) => {
    await page.goto(path);
    await mapReady(page);
    await expect(page.getByRole("complementary")).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
}

/** Presses Tab until `target` has focus; the presses, and the accessible names of markers passed on the way. */
async function tabTo(page: Page, target: Locator, limit = 200) {
  const handle = await target.elementHandle();
  const markersPassed: string[] = [];
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    const step = await page.evaluate(
      (el) => ({
        there: document.activeElement === el,
        marker: document.activeElement?.closest(".map-marker")?.getAttribute("aria-label") ?? null,
      }),
      handle,
    );
    if (step.marker) markersPassed.push(step.marker);
    if (step.there) return { presses, markersPassed };
  }
  throw new Error(`not reached in ${limit} Tab presses`);
}

test("the list of members is a few Tab presses away: markers are no tab stops, shortcuts skip the map", async ({
  page,
}) => {
  await page.goto("/karta");
  await mapReady(page);
  await expect(page.locator(".map-explorer")).toHaveAttribute("data-loaded", "true");
  expect(Number(await map(page).getAttribute("data-markers"))).toBeGreaterThan(10);
  const list = page.getByRole("region", { name: "Kommuner och regioner i urvalet" });
  const firstMember = list.getByRole("button").first();

  // Straight down the page: past the header, the folded filters and the map (one stop, and its
  // zoom buttons), never through the markers.
  const straight = await tabTo(page, firstMember);
  expect(straight.markersPassed).toEqual([]);
  expect(straight.presses).toBeLessThanOrEqual(30);

  // By the page's shortcut: to the list, then one Tab to its first member.
  await page.goto("/karta");
  await mapReady(page);
  await expect(page.locator(".map-explorer")).toHaveAttribute("data-loaded", "true");
  const shortcut = await tabTo(
    page,
    page.getByRole("link", { name: "Till listan över kommuner och regioner" }),
  );
  await page.keyboard.press("Enter");
  await expect(list).toBeFocused();
  const rest = await tabTo(page, firstMember);
  expect(shortcut.presses + 1 + rest.presses).toBeLessThanOrEqual(15);
  console.log(
    `map tab stops to the list: ${straight.presses} straight, ${shortcut.presses + 1 + rest.presses} by the shortcut (markers drawn: ${await map(page).getAttribute("data-markers")})`,
  );

  // The other shortcut puts the focus on the map, where the arrows pan it.
  await page.getByRole("link", { name: "Till kartan" }).focus();
  await page.keyboard.press("Enter");
  await expect(map(page)).toBeFocused();
});

test("the national view is a still picture in the map's box until focus or a pointer builds the map there", async ({
  page,
}) => {
  await page.goto("/karta");
  await expect(page.locator(".map-explorer")).toHaveAttribute("data-loaded", "true");
  // The picture stands for the map: one named region, its picture described, no Leaflet yet.
  const picture = page.getByRole("region", { name: "Karta över samarbetena" });
  await expect(picture).toHaveClass(/map-picture/);
  await expect(picture.getByRole("img")).toHaveAttribute("alt", /tabellen under kartan/);
  await expect(page.locator(".leaflet-container")).toHaveCount(0);
  const drawnLines = await picture.locator("svg path").count();
  const drawnMarkers = await picture.locator("svg circle").count();
  expect(drawnLines).toBeGreaterThan(10);
  // Where it lies on the page (the shortcut below scrolls the page).
  const onPage = (locator: Locator) =>
    locator.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + window.scrollX, y: r.y + window.scrollY, width: r.width, height: r.height };
    });
  const box = await onPage(picture);
  await expectNoAccessibilityViolations(page);

  // By keyboard: the shortcut to the map reaches the picture, and the focus moves on to the map
  // built in its place, the same size, with what the picture showed.
  await page.getByRole("link", { name: "Till kartan" }).focus();
  await page.keyboard.press("Enter");
  await expect(map(page)).toHaveAttribute("data-map-state", "ready", { timeout: 20_000 });
  await expect(map(page)).toBeFocused();
  await expect(page.locator(".map-picture")).toHaveCount(0);
  const built = await onPage(map(page));
  for (const side of ["x", "y", "width", "height"] as const) expect(built[side]).toBeCloseTo(box[side], 0);
  expect(Number(await map(page).getAttribute("data-lines"))).toBe(drawnLines);
  expect(Number(await map(page).getAttribute("data-markers"))).toBe(drawnMarkers);

  // By pointer: over the picture is enough.
  await page.goto("/karta");
  await expect(page.locator(".map-explorer")).toHaveAttribute("data-loaded", "true");
  await page.locator(".map-picture").hover();
  await expect(map(page)).toHaveAttribute("data-map-state", "ready", { timeout: 20_000 });
  await expect(page.locator(".map-picture")).toHaveCount(0);
});
