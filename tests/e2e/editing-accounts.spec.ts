import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import type { ParsedMail } from "mailparser";
import { ADMIN, signIn } from "./support/editing";
import { lastMailTo } from "./support/mail";

test("sign-in is rate-limited per account, with one message for any failure", async ({ page }) => {
  await page.goto("/logga-in");
  const attempt = async (password: string) => {
    await page.getByLabel("E-postadress").fill("ingen.sadan@example.org");
    await page.getByLabel("Lösenord").fill(password);
    await page.getByRole("button", { name: "Logga in" }).click();
  };
  for (let i = 1; i <= 5; i++) {
    await attempt(`fel-losenord-${i}`);
    await expect(page.locator("main").getByRole("alert")).toHaveText(
      "Inloggningen misslyckades. Kontrollera e-postadressen och lösenordet.",
    );
    await expect(page.getByLabel("E-postadress")).toHaveValue("ingen.sadan@example.org");
  }
  await attempt("fel-losenord-6");
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.",
  );
  await expectNoAccessibilityViolations(page);
});

test("an administrator invites an officer by mail, renews the link, and the officer sets a password and signs in; deactivation ends access", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const email = "ny.handlaggare@example.org";
  await signIn(page, ADMIN);
  await page.getByRole("link", { name: "Användare" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Användare" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const invite = page.getByTestId("invite-form");
  await invite.getByLabel("Namn").fill("Ny Handläggare");
  await invite.getByLabel("E-postadress").fill(email);
  await invite.getByLabel("Kommuner och regioner", { exact: true }).selectOption({ label: "Umeå kommun" });
  await invite.getByRole("button", { name: "Skapa inbjudan" }).click();
  await expect(invite.getByRole("status")).toContainText(`Inbjudan har skickats med e-post till ${email}.`);
  const shown = (await invite.getByRole("status").textContent())!.match(
    /http:\/\/\S+\/inbjudan\/[\w-]{43}/,
  )?.[0];
  const firstMail = await lastMailTo(email);
  expect(firstMail.subject).toBe("Inbjudan till Vänortsregistret / Invitation to Vänortsregistret");
  const linkIn = (mail: ParsedMail) => mail.text!.match(/http:\/\/\S+?\/inbjudan\/[\w-]{43}/)![0];
  expect(linkIn(firstMail)).toBe(shown);

  // The first link went astray: the administrator sends a new one, and only that one works.
  await page.reload();
  await page
    .getByTestId(`user-${email}`)
    .getByRole("button", { name: "Ny inbjudningslänk för Ny Handläggare" })
    .click();
  await expect(
    page.getByTestId(`user-${email}`).getByText(`Inbjudan har skickats med e-post till ${email}.`),
  ).toBeVisible();
  await expect.poll(async () => linkIn(await lastMailTo(email))).not.toBe(linkIn(firstMail));
  const link = linkIn(await lastMailTo(email));
  const stale = await (await browser.newContext()).newPage();
  await stale.goto(linkIn(firstMail));
  await expect(stale.locator("main").getByRole("alert")).toContainText("Inbjudan är ogiltig");

  const officer = await (await browser.newContext()).newPage();
  await officer.goto(link);
  await expect(officer.getByText("Välkommen, Ny Handläggare.")).toBeVisible();
  await expectNoAccessibilityViolations(officer);
  await officer.getByLabel("Nytt lösenord").fill("kort");
  await officer.getByLabel("Upprepa lösenordet").fill("kort");
  await officer.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(officer.getByLabel("Nytt lösenord")).toHaveAccessibleDescription(
    /Lösenordet måste ha minst 12 tecken\./,
  );
  await officer.getByLabel("Nytt lösenord").fill("tre gröna äpplen i korgen");
  await officer.getByLabel("Upprepa lösenordet").fill("tre gröna äpplen i korgen");
  await officer.getByRole("button", { name: "Spara lösenord" }).click();
  await expect(officer.getByText("Lösenordet är sparat.")).toBeVisible();
  await signIn(officer, { email, password: "tre gröna äpplen i korgen" });
  await expect(officer.getByRole("link", { name: "Umeå kommun" })).toBeVisible();

  // The link works once.
  await officer.goto(link);
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
