import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { UMEA, addCountryPartnership, signIn } from "./support/editing";

// Two people edit the same partnership: the second save is refused with what changed, their
// input stays on screen, and after a deliberate second save both versions are in the history.
test("a conflict between two browser contexts is shown and nothing is lost", async ({ browser }) => {
  test.setTimeout(90_000);
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, UMEA);
  await signIn(second, UMEA);
  const id = await addCountryPartnership(first, "umea", "Lettland");
  const url = `/hantera/umea/samarbeten/${id}`;
  await first.goto(url);
  await second.goto(url);

  await first.getByLabel("Beskrivning").fill("Första personens beskrivning");
  await first.getByLabel("Aktivitetsgrad").selectOption({ label: "Sporadisk" });
  await first.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(first.getByText("Ändringarna är sparade.")).toBeVisible();

  await second.getByLabel("Samarbetets namn (valfritt)").fill("Andra personens namn");
  await second.getByRole("button", { name: "Spara", exact: true }).click();
  const form = second.getByTestId("partnership-form");
  await expect(form.getByRole("alert")).toContainText(
    "Någon annan har sparat samarbetet efter att du öppnade det.",
  );
  await expect(second.getByTestId("conflict-fields")).toContainText(
    "Beskrivning: Första personens beskrivning",
  );
  await expect(second.getByTestId("conflict-fields")).toContainText("Aktivitetsgrad: Sporadisk");
  await expect(second.getByLabel("Samarbetets namn (valfritt)")).toHaveValue("Andra personens namn");
  await expectNoAccessibilityViolations(second);

  // Saving again is a deliberate overwrite; the first person's text stays in the history.
  await second.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(second.getByText("Ändringarna är sparade.")).toBeVisible();
  await expect(second.getByText("Version 3", { exact: true })).toBeVisible();
  await expect(second.getByTestId("history-entry").nth(1)).toContainText("Första personens beskrivning");

  // Clean up (reversibly).
  await second.getByRole("button", { name: "Ta bort samarbetet" }).click();
  await expect(second.getByText("Samarbetet är borttaget. Du kan återställa det nedan.")).toBeVisible();
});
