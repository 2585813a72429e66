import { expect, test } from "@playwright/test";
import { UMEA, signIn } from "./support/editing";

test.use({ javaScriptEnabled: false });

// The forms are server actions: without JavaScript they post and the server answers with the page.
test("without JavaScript an officer signs in, adds a partnership with a whole country, edits and removes it", async ({
  page,
}) => {
  await signIn(page, UMEA);
  await page.goto("/hantera/umea/samarbeten/ny");
  await page.getByLabel("Typ av samarbete").selectOption("OTHER");
  await page.getByLabel("Slag av samarbete").selectOption("COOPERATION_AGREEMENT");
  await page.getByLabel("Vad är partnern?").selectOption("COUNTRY");
  await page.getByLabel("Land", { exact: true }).selectOption({ label: "Litauen" });
  await page.getByLabel("Startår").fill("3000");
  await page.getByRole("button", { name: "Lägg till samarbetet" }).click();
  await expect(page.getByLabel("Startår")).toHaveAccessibleDescription(
    `Startåret måste vara ett årtal mellan 1900 och ${new Date().getFullYear()}.`,
  );
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

test("without JavaScript an officer finds the partner town by typing its name and choosing among the matches", async ({
  page,
}) => {
  await signIn(page, UMEA);
  await page.goto("/hantera/umea/samarbeten/ny");
  await page.getByLabel("Typ av samarbete").selectOption("OTHER");
  await page.getByLabel("Slag av samarbete").selectOption("PROJECT");
  await page.getByLabel("Vad är partnern?").selectOption("PLACE");
  await page.getByLabel("Sök bara i land").selectOption("US");
  await page.getByRole("combobox", { name: "Ort" }).fill("Springfield");
  await page.getByLabel("Startår").fill("2020");
  await page.getByRole("button", { name: "Lägg till samarbetet" }).click();

  // Several Springfields: nothing is saved, the matches are offered with their state and population.
  const matches = page.getByRole("group", { name: "Orter som matchar" });
  await expect(matches).toBeVisible();
  await expect(
    page.getByText("Flera orter matchar ”Springfield”. Välj den rätta i listan.", { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Ort" })).toHaveValue("Springfield");
  await expect(page.getByLabel("Startår")).toHaveValue("2020");
  const first = matches.getByRole("radio").first();
  const chosen = (await matches.locator("label").first().innerText()).trim();
  await first.check();
  await page.getByRole("button", { name: "Lägg till samarbetet" }).click();
  await expect(page.getByText("Samarbetet är tillagt.")).toBeVisible();
  await expect(page.getByText(`Vald ort: Springfield`)).toBeVisible();
  await expect(page.locator(".place-chosen")).toContainText(chosen.replace(/^Springfield\s*/, ""));
  await page.getByRole("button", { name: "Ta bort samarbetet" }).click();
  await expect(page.getByText("Samarbetet är borttaget. Du kan återställa det nedan.")).toBeVisible();
});
