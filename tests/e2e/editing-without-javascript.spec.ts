import { expect, test } from "@playwright/test";
import { UMEA, signIn } from "./support/editing";

test.use({ javaScriptEnabled: false });

// The forms are server actions: without JavaScript they post and the server answers with the page.
test("without JavaScript an officer signs in, adds a partnership with a whole country, edits and removes it", async ({ page }) => {
  await signIn(page, UMEA);
  await page.goto("/hantera/umea/samarbeten/ny");
  await page.getByLabel("Typ av samarbete").selectOption("OTHER");
  await page.getByLabel("Slag av samarbete").selectOption("COOPERATION_AGREEMENT");
  await page.getByLabel("Vad är partnern?").selectOption("COUNTRY");
  await page.getByLabel("Land", { exact: true }).selectOption({ label: "Litauen" });
  await page.getByLabel("Startår").fill("3000");
  await page.getByRole("button", { name: "Lägg till samarbetet" }).click();
  await expect(page.getByLabel("Startår")).toHaveAccessibleDescription(`Startåret måste vara ett årtal mellan 1900 och ${new Date().getFullYear()}.`);
  await expect(page.getByLabel("Land", { exact: true })).toHaveValue("LT");

  await page.getByLabel("Startår").fill("2019");
  await page.getByRole("button", { name: "Lägg till samarbetet" }).click();
  await expect(page.getByText("Samarbetet är tillagt.")).toBeVisible();
  await page.getByLabel("Aktivitetsgrad").selectOption("DORMANT");
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByText("Ändringarna är sparade.")).toBeVisible();
  await expect(page.getByLabel("Aktivitetsgrad")).toHaveValue("DORMANT");
  await page.getByRole("button", { name: "Ta bort samarbetet" }).click();
  await expect(page.getByText("Samarbetet är borttaget. Du kan återställa det nedan.")).toBeVisible();
});
