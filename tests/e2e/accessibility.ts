import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails the test with axe's findings when the page breaks WCAG 2.1 A or AA rules. */
export async function expectNoAccessibilityViolations(page: Page) {
  // After a client-side navigation Next streams the new page's metadata: wait for its <title>
  // so that axe judges the page, not the moment between two pages.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const findings = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`,
  );
  expect(findings).toEqual([]);
}
