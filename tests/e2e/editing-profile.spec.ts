import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { ADMIN, UMEA, signIn } from "./support/editing";

// Policy documents and "our information is current". The review is confirmed by the
// administrator for Ale (no seeded facts), so the seeded public pages other specs check stay as they are.
test("the Umeå officer adds a policy document, sees it publicly, and removes it again", async ({
  page,
  browser,
}) => {
  await signIn(page, UMEA);
  await page.goto("/hantera/umea");
  await page.getByRole("link", { name: "Lägg till dokument" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Nytt styrdokument för Umeå kommun" }),
  ).toBeVisible();
  await page.getByLabel("Titel").fill("Internationell strategi 2025–2028");
  await page.getByLabel("Giltig från (år)").fill("2028");
  await page.getByLabel("Giltig till (år)").fill("2025");
  await page.getByRole("button", { name: "Lägg till dokumentet" }).click();
  await expect(page.getByLabel("Giltig till (år)")).toHaveAccessibleDescription(
    "Giltig till kan inte vara före Giltig från. Ändra något av årtalen.",
  );
  await expect(page.getByLabel("Titel")).toHaveValue("Internationell strategi 2025–2028");
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Giltig från (år)").fill("2025");
  await page.getByLabel("Giltig till (år)").fill("2028");
  await page.getByLabel("Mål").fill("Fler elevutbyten\nTvå EU-projekt per år");
  await page.getByRole("button", { name: "Lägg till dokumentet" }).click();
  await expect(page.getByText("Dokumentet är sparat.")).toBeVisible();
  const editUrl = page.url().replace(/\?.*$/, "");

  await page.goto("/kommun/umea/policy");
  await expect(
    page.getByRole("heading", { level: 2, name: "Internationell strategi 2025–2028" }),
  ).toBeVisible();
  await expect(page.getByText("Två EU-projekt per år")).toBeVisible();

  // Its own history: an edit shows before and after, and the earlier version can be restored.
  const colleague = await (await browser.newContext()).newPage();
  await signIn(colleague, UMEA);
  await colleague.goto(editUrl);
  await page.goto(editUrl);
  await page.getByLabel("Titel").fill("Internationell strategi 2025–2028 (utkast)");
  await page.getByRole("button", { name: "Spara dokumentet" }).click();
  await expect(page.getByText("Dokumentet är sparat.")).toBeVisible();

  // A colleague who opened the document before that save is refused, with the document's own field names.
  await colleague.getByLabel("Sammanfattning").fill("Kollegans sammanfattning");
  await colleague.getByRole("button", { name: "Spara dokumentet" }).click();
  await expect(colleague.getByTestId("policy-form").getByRole("alert")).toContainText(
    "Någon annan har sparat uppgifterna efter att du öppnade dem.",
  );
  await expect(colleague.getByTestId("conflict-fields")).toHaveText(
    "Titel: Internationell strategi 2025–2028 (utkast)",
  );
  await expect(colleague.getByLabel("Sammanfattning")).toHaveValue("Kollegans sammanfattning");
  const entries = page.getByTestId("history-entry");
  await expect(page.getByRole("heading", { level: 2, name: "Dokumentets ändringshistorik" })).toBeVisible();
  await expect(entries).toHaveCount(2);
  await expect(entries.first().getByRole("heading", { level: 3 })).toContainText("Ändrat av");
  const titleRow = entries.first().getByRole("row", { name: /^Titel/ });
  await expect(titleRow).toContainText("Internationell strategi 2025–2028");
  await expect(titleRow).toContainText("Internationell strategi 2025–2028 (utkast)");
  await expectNoAccessibilityViolations(page);
  await entries
    .nth(1)
    .getByLabel(/Jag vill återställa version 1\./)
    .check();
  await entries
    .nth(1)
    .getByRole("button", { name: /Återställ version 1 från/ })
    .click();
  await expect(page.getByText("Den tidigare versionen är återställd som en ny version.")).toBeVisible();
  await expect(page.getByLabel("Titel")).toHaveValue("Internationell strategi 2025–2028");
  await expect(page.getByTestId("history-entry")).toHaveCount(3);

  await page.getByRole("button", { name: "Ta bort dokumentet" }).click();
  await expect(page.getByText("Dokumentet är borttaget. Du kan återställa det nedan.")).toBeVisible();
  await page.goto("/kommun/umea/policy");
  await expect(
    page.getByRole("heading", { level: 2, name: "Internationell strategi 2025–2028" }),
  ).toHaveCount(0);
});

test("confirming that the information is current shows the date on the public page", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/hantera/ale");
  await expect(page.getByTestId("last-reviewed")).toHaveText("Uppgifterna har inte verifierats ännu.");
  await page.getByRole("button", { name: "Bekräfta att våra uppgifter är aktuella" }).click();
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());
  await expect(page.getByText("Uppgifterna är bekräftade som aktuella.")).toBeVisible();
  await expect(page.getByTestId("last-reviewed")).toHaveText(`Uppgifterna verifierades senast ${today}.`);
  await expect(page.getByTestId("history-entry").first()).toContainText(today);
  await page.goto("/kommun/ale");
  await expect(page.getByText(`Uppgifterna verifierades senast ${today}.`)).toBeVisible();
});
