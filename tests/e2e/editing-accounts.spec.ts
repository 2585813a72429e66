import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { ADMIN, signIn } from "./support/editing";

test("sign-in is rate-limited per account, with one message for any failure", async ({ page }) => {
  await page.goto("/logga-in");
  const attempt = async (password: string) => {
    await page.getByLabel("E-postadress").fill("ingen.sadan@example.org");
    await page.getByLabel("Lösenord").fill(password);
    await page.getByRole("button", { name: "Logga in" }).click();
  };
  for (let i = 1; i <= 5; i++) {
    await attempt(`fel-losenord-${i}`);
    await expect(page.locator("main").getByRole("alert")).toHaveText("Inloggningen misslyckades. Kontrollera e-postadressen och lösenordet.");
    await expect(page.getByLabel("E-postadress")).toHaveValue("ingen.sadan@example.org");
  }
  await attempt("fel-losenord-6");
  await expect(page.locator("main").getByRole("alert")).toHaveText("För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.");
  await expectNoAccessibilityViolations(page);
});

test("an administrator invites an officer, who sets a password and signs in; deactivation ends access", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, ADMIN);
  await page.getByRole("link", { name: "Användare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Användare" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const invite = page.getByTestId("invite-form");
  await invite.getByLabel("Namn").fill("Ny Handläggare");
  await invite.getByLabel("E-postadress").fill("ny.handlaggare@example.org");
  await invite.getByLabel("Kommuner och regioner", { exact: true }).selectOption({ label: "Umeå kommun" });
  await invite.getByRole("button", { name: "Skapa inbjudan" }).click();
  const link = await invite.locator(".detail").textContent();
  expect(link).toMatch(/^\/inbjudan\/[\w-]{43}$/);

  const officer = await (await browser.newContext()).newPage();
  await officer.goto(link!);
  await expect(officer.getByText("Välkommen, Ny Handläggare.")).toBeVisible();
  await expectNoAccessibilityViolations(officer);
  await officer.getByLabel("Nytt lösenord").fill("kort");
  await officer.getByLabel("Upprepa lösenordet").fill("kort");
  await officer.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(officer.getByLabel("Nytt lösenord")).toHaveAccessibleDescription(/Lösenordet måste ha minst 12 tecken\./);
  await officer.getByLabel("Nytt lösenord").fill("tre gröna äpplen i korgen");
  await officer.getByLabel("Upprepa lösenordet").fill("tre gröna äpplen i korgen");
  await officer.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(officer.getByText("Lösenordet är sparat.")).toBeVisible();
  await signIn(officer, { email: "ny.handlaggare@example.org", password: "tre gröna äpplen i korgen" });
  await expect(officer.getByRole("link", { name: "Umeå kommun" })).toBeVisible();

  // The link works once.
  await officer.goto(link!);
  await expect(officer.locator("main").getByRole("alert")).toContainText("Inbjudan är ogiltig");

  await page.reload();
  const row = page.getByTestId("user-ny.handlaggare@example.org");
  await expect(row).toContainText("Aktivt");
  await row.getByRole("button", { name: "Inaktivera Ny Handläggare" }).click();
  await expect(page.getByText("Användaren är ändrad.")).toBeVisible();
  await expect(page.getByTestId("user-ny.handlaggare@example.org")).toContainText("Inaktiverat");
  await officer.goto("/hantera/umea");
  await expect(officer).toHaveURL(/\/logga-in/);
});
