import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";

test("a citizen opens the registry, goes to Umeå and sees its six vänorter", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Vänortsregistret/);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("heading", { level: 1, name: "Vänortsregistret" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kommuner (290)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Regioner (20)" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole("list", { name: "Kommuner" }).getByRole("link", { name: "Umeå", exact: true }).click();
  await expect(page).toHaveURL(/\/kommun\/umea$/);
  await expect(page.getByRole("heading", { level: 1, name: "Umeå kommun" })).toBeVisible();

  const twinTowns = page.getByRole("table", { name: "Vänorter" });
  await expect(page.getByRole("heading", { name: "Vänorter (6)" })).toBeVisible();
  const partners = twinTowns.locator("tbody th");
  await expect(partners).toHaveText(["Vasa (Vaasa)", "Harstad", "Helsingör", "Würzburg", "Petrozavodsk", "Saskatoon"]);
  await expect(page.getByRole("table", { name: "Andra internationella samarbeten" }).locator("tbody th")).toHaveText([
    "Seychellerna",
    "Xi'an",
    "Qufu",
    "Lanzhou",
    "Guanajuato",
  ]);
  await expect(page.getByText("Uppgifterna granskades senast 2018-03-28.")).toBeVisible();
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
