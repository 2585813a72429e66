import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { UMEA, signIn } from "./support/editing";

// The partnership form's pickers follow the WAI-ARIA 1.2 combobox pattern: no option is active
// until the user moves to one, Enter takes only the active option, Escape closes the list.
test.beforeEach(async ({ page }) => {
  await signIn(page, UMEA);
  await page.goto("/hantera/umea/samarbeten/ny");
});

test("the place type-ahead: Enter takes only the option the user moved to, and hits name their region", async ({
  page,
}) => {
  const place = page.getByRole("combobox", { name: "Ort" });
  const options = page.getByRole("listbox", { name: "Ort" }).getByRole("option");
  await place.fill("Tartu");
  await expect(options.first()).toContainText("Tartu");
  // The region's name (GeoNames admin1), not "region 18": Tartu in Estonia, Tartus in Syria.
  await expect(options.first()).toContainText("Tartu, Estland");
  await expect(options.filter({ hasText: "Syrien" }).first()).toContainText("Tartus, Syrien");
  await expect(place).toHaveAttribute("aria-expanded", "true");
  await expect(place).not.toHaveAttribute("aria-activedescendant");
  await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveCount(0);

  // Enter with nothing active chooses nothing (and does not send the form).
  await place.press("Enter");
  await expect(page.getByText("Ingen ort vald.")).toBeVisible();
  await expect(page).toHaveURL(/\/samarbeten\/ny$/);

  // ArrowDown activates the first hit; Enter chooses it.
  await place.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(place).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id"))!);
  await expectNoAccessibilityViolations(page);
  await place.press("Enter");
  await expect(page.getByText("Vald ort: Tartu")).toBeVisible();
  await expect(page.locator(".place-chosen")).toContainText("Tartu, Estland");
  await expect(place).toHaveAttribute("aria-expanded", "false");

  // Escape closes the list and leaves the choice alone.
  await place.fill("Riga");
  await expect(options.first()).toContainText("Riga");
  await place.press("Escape");
  await expect(place).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("listbox", { name: "Ort" })).toBeHidden();
  await expect(page.getByText("Vald ort: Tartu")).toBeVisible();
});

test("Swedish participants are chosen through a searchable list, by keyboard, and removed again", async ({
  page,
}) => {
  const chosen = page.getByTestId("chosen-members").getByRole("listitem");
  await expect(chosen).toHaveText([/^Umeå kommun/]);
  await expect(page.locator('select[name="participantIds"]')).toHaveCount(0); // replaced after hydration
  // Required fields say so.
  await expect(page.getByText("Svenska deltagare (obligatoriskt)")).toBeVisible();
  await expect(page.getByLabel("Typ av samarbete (obligatoriskt)")).toHaveAttribute("required", "");

  const members = page.getByRole("combobox", { name: "Svenska deltagare" });
  const options = page.getByRole("listbox", { name: "Svenska deltagare" }).getByRole("option");
  await members.focus();
  await page.keyboard.type("vasteras");
  await expect(options).toHaveText([/^Västerås/]); // accents folded: "vasteras" finds Västerås
  await expect(page.locator('[role="option"][aria-selected="true"]')).toHaveCount(0);
  await page.keyboard.press("Enter"); // none active: nothing is added
  await expect(chosen).toHaveCount(1);
  await page.keyboard.press("ArrowDown");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expectNoAccessibilityViolations(page);
  await page.keyboard.press("Enter");
  await expect(chosen).toHaveText([/^Umeå kommun/, /^Västerås/]);
  await expect(members).toHaveValue("");
  await expect(members).toBeFocused();
  await expect(page.locator('input[type="hidden"][name="participantIds"]')).toHaveCount(2);

  // A chosen member is not offered again; Escape closes the list.
  await members.fill("Ume");
  await expect(options.filter({ hasText: "Umeå kommun" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(members).toHaveAttribute("aria-expanded", "false");

  // Removing by keyboard: Shift+Tab reaches the row's button; focus returns to the search.
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: /^Ta bort Västerås/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(chosen).toHaveText([/^Umeå kommun/]);
  await expect(members).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: /Västerås .*borttagen\./ })).toHaveCount(1);
  await expectNoAccessibilityViolations(page);
});

test("the add form's Tab stops, from the kind to the submit button", async ({ page }, testInfo) => {
  await page.getByLabel("Typ av samarbete").focus();
  const submit = page.getByRole("button", { name: "Lägg till samarbetet" });
  let presses = 0;
  while (!(await submit.evaluate((button) => button === document.activeElement)) && presses < 100) {
    await page.keyboard.press("Tab");
    presses++;
  }
  testInfo.annotations.push({ type: "tab stops", description: String(presses) });
  console.log(`Tab presses from "Typ av samarbete" to "Lägg till samarbetet": ${presses}`);
  expect(presses).toBeLessThan(45); // users counted 45 with the 310-item multi-select
});
