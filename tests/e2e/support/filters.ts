import type { Page } from "@playwright/test";

/** Unfolds the directory filters where they are folded (phones, and the map on every screen). */
export async function openFilters(page: Page) {
  const summary = page.locator(".filter-disclosure > summary");
  if ((await summary.isVisible()) && !(await page.locator(".filter-disclosure[open]").count())) {
    await summary.click();
  }
}
