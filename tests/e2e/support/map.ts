import { expect, type Page } from "@playwright/test";

/**
 * /karta shows its national view as a still picture until a pointer, touch or focus reaches it
 * (components/map/map-picture.tsx). This builds the map as a reader's pointer does, if the page
 * shows the picture, and waits until the map is drawn. Other maps (a member page's, an address
 * with a selection) are built without it.
 */
export async function mapReady(page: Page) {
  if (await page.locator(".map-explorer").count()) {
    // The data arrives after the page is hydrated: the picture then answers the pointer.
    await expect(page.locator(".map-explorer")).toHaveAttribute("data-loaded", "true");
    const picture = page.locator('.map-picture:not([data-live="true"])');
    if (await picture.count()) await picture.hover();
  }
  await expect(page.locator(".leaflet-map").first()).toHaveAttribute("data-map-state", "ready", {
    timeout: 20_000,
  });
}
