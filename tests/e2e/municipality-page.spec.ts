import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";

test("Umeå's page groups its partnerships by kind, with review date and profile", async ({ page }) => {
  await page.goto("/kommun/umea");
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("heading", { level: 1, name: "Umeå kommun" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Vänorter (6)" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Vänorter" }).locator("tbody th")).toHaveText([
    "Vasa (Vaasa)",
    "Harstad",
    "Helsingör (Helsingør)",
    "Würzburg",
    "Petrozavodsk",
    "Saskatoon",
  ]);
  await expect(
    page.getByRole("table", { name: "Andra internationella samarbeten" }).locator("tbody th"),
  ).toHaveText(["Seychellerna", "Xi'an", "Qufu", "Lanzhou", "Guanajuato"]);
  // Each row says "Samverkansavtal." once, not again as its description.
  const agreement = page
    .getByRole("table", { name: "Andra internationella samarbeten" })
    .getByRole("row", { name: /Qufu/ });
  await expect(agreement).toContainText("Samverkansavtal.");
  expect((await agreement.innerText()).match(/Samverkansavtal/g)).toHaveLength(1);
  await expect(page.getByText("Uppgifterna verifierades senast 2018-03-28.")).toBeVisible();
  await expect(page.getByText("North Sweden European Office")).toBeVisible();
  // The interactive map, zoomed to Umeå's own links (the national map's component), loaded when
  // it comes near the screen, with its lines from the map API: the page itself does not carry them.
  const mapData = page.waitForResponse((r) => r.url().endsWith("/api/v1/map?vald=2480"));
  await page.locator(".member-map").scrollIntoViewIfNeeded();
  expect((await mapData).status()).toBe(200);
  const map = page.getByRole("region", { name: "Karta över Umeå kommuns samarbetsorter" });
  await expect(map).toHaveAttribute("data-map-state", "ready", { timeout: 20_000 });
  expect(Number(await map.getAttribute("data-lines"))).toBe(11); // six vänorter and five other partners, the Seychelles at its capital
  // Vasa's map key ("p632978") is in the API's answer, not in the page's HTML.
  expect(await (await page.request.get("/kommun/umea")).text()).not.toContain('"p632978"');
  await expect(page.getByRole("link", { name: "Öppna den nationella kartan" })).toHaveAttribute(
    "href",
    "/karta?vald=2480",
  );
  await expectNoAccessibilityViolations(page);
});

test("an English member page's map shows its partner places, named in English", async ({ page }) => {
  const mapData = page.waitForResponse((r) => r.url().endsWith("/api/v1/map?vald=2480&sprak=en"));
  await page.goto("/en/kommun/umea");
  await page.locator(".member-map").scrollIntoViewIfNeeded();
  const body = await (await mapData).json();
  expect(body.targets.map((t: unknown[]) => t[1])).toContain("Vaasa");
  const map = page.getByRole("region", { name: "Map of Umeå kommun's partner places" });
  await expect(map).toHaveAttribute("data-map-state", "ready", { timeout: 20_000 });
  expect(Number(await map.getAttribute("data-lines"))).toBe(11);
});

test("Östersund's page shows the three-way cooperation and its network membership", async ({ page }) => {
  await page.goto("/kommun/ostersund");
  const other = page.getByRole("table", { name: "Andra internationella samarbeten" });
  await expect(other).toContainText("Trondheim");
  await expect(other).toContainText("Tillsammans med Sundsvalls kommun, Östersunds kommun."); // Swedish order: Ö last
  await expect(other).toContainText("1999");
  // The source's English description is marked as English on the Swedish page.
  await expect(other.locator('.description[lang="en"]')).toContainText("The three cities of Sundsvall");
  await expect(page.getByRole("table", { name: "Nätverk" })).toContainText("UNESCO Creative Cities Network");
  await expectNoAccessibilityViolations(page);
});

test("Sollefteå's uncertain vänorter carry a visible 'not verified' mark", async ({ page }) => {
  await page.goto("/kommun/solleftea");
  const rows = page.getByRole("table", { name: "Vänorter" }).locator("tbody tr");
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: "Ej verifierad" })).toHaveCount(2);
  await expect(rows.filter({ hasText: "Madison" })).toContainText("Ej verifierad");
  await expect(rows.filter({ hasText: "Nykarleby" })).not.toContainText("Ej verifierad");
  await expectNoAccessibilityViolations(page);
});

test("a kommunkod in the address leads to the municipality's page", async ({ page }) => {
  await page.goto("/kommun/2480");
  await expect(page).toHaveURL(/\/kommun\/umea$/);
});

test("an unknown municipality gets a Swedish 404 page", async ({ page }) => {
  const response = await page.goto("/kommun/finns-inte");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Sidan finns inte" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
