import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";

test("the open data page lists the API and the CC0 downloads, in Swedish and English", async ({
  page,
  request,
}) => {
  await page.goto("/oppna-data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Öppna data och API");
  await expect(page.getByRole("heading", { name: "Licens: CC0 1.0" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "GET /api/v1/partnerships", exact: true })).toBeVisible();
  // The reference is Swedish on the Swedish page: no English text is left to mark lang="en".
  const places = page.getByRole("region", { name: "/api/v1/places", exact: true });
  await expect(places).toContainText("Sök i ortregistret");
  await expect(places.getByRole("row", { name: /^limit/ })).toContainText("Högst så här många orter");
  await expect(page.locator('main [lang="en"]')).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  const openapi = await request.get("/api/v1/openapi.json");
  expect(openapi.status()).toBe(200);
  expect((await openapi.json()).openapi).toBe("3.1.0");

  const href = await page.getByRole("link", { name: "JSON (med metadata och licens)" }).getAttribute("href");
  const bulk = await request.get(href!);
  expect(bulk.headers()["link"]).toContain("publicdomain/zero/1.0");
  expect((await bulk.json()).metadata.license).toBe("CC0-1.0");

  await page.goto("/en/oppna-data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data and API");
  await expect(page.getByRole("region", { name: "/api/v1/places", exact: true })).toContainText(
    "Search the gazetteer",
  );
  await expectNoAccessibilityViolations(page);
});
