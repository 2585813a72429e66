import { expect, test } from "@playwright/test";
import { ADMIN, SOLLEFTEA, UMEA, signIn } from "./support/editing";

// A session ends on the server: a copy of the session cookie (stolen, or left in another
// browser) stops working the moment its owner signs out or an administrator deactivates the
// account, not when the 8-hour token expires (lib/auth/session-user.ts, sessionVersion).

test("signing out ends the session everywhere: a copied cookie is sent to sign in", async ({ browser }) => {
  const owner = await browser.newContext();
  const page = await owner.newPage();
  await signIn(page, UMEA);

  const copy = await browser.newContext();
  await copy.addCookies(await owner.cookies());
  const thief = await copy.newPage();
  await thief.goto("/hantera");
  await expect(thief.getByRole("link", { name: "Umeå kommun" })).toBeVisible();

  await page.getByRole("button", { name: "Logga ut" }).click();
  await page.waitForURL("/");
  await thief.goto("/hantera");
  await expect(thief).toHaveURL(/\/logga-in/);
  await thief.goto("/hantera/umea");
  await expect(thief).toHaveURL(/\/logga-in/);

  // Signing in again gives a new session that works.
  await signIn(page, UMEA);
  await expect(page.getByRole("link", { name: "Umeå kommun" })).toBeVisible();
  await owner.close();
  await copy.close();
});

test("an administrator deactivating an account ends its open session at once", async ({ browser }) => {
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, SOLLEFTEA);
  await expect(officer.getByRole("link", { name: "Sollefteå kommun" })).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, ADMIN);
  await admin.goto("/hantera/anvandare");
  const row = admin.getByTestId(`user-${SOLLEFTEA.email}`);
  await row.getByRole("button", { name: "Inaktivera Demo Handläggare Sollefteå" }).click();
  await expect(admin.getByTestId(`user-${SOLLEFTEA.email}`)).toContainText("Inaktiverat");

  await officer.goto("/hantera/solleftea");
  await expect(officer).toHaveURL(/\/logga-in/);

  // Reactivated, the old session stays ended; signing in again works.
  await admin
    .getByTestId(`user-${SOLLEFTEA.email}`)
    .getByRole("button", { name: /^Aktivera/ })
    .click();
  await expect(admin.getByTestId(`user-${SOLLEFTEA.email}`)).toContainText("Aktivt");
  await officer.goto("/hantera/solleftea");
  await expect(officer).toHaveURL(/\/logga-in/);
  await signIn(officer, SOLLEFTEA);
  await adminContext.close();
  await officerContext.close();
});

test("a client cannot dodge the sign-in limit by sending its own X-Forwarded-For", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/logga-in");
  for (let i = 1; i <= 6; i++) {
    // Each attempt claims to come from another address: the server uses the socket's instead.
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": `192.0.2.${i}` });
    await page.getByLabel("E-postadress").fill("forfalskad.adress@example.org");
    await page.getByLabel("Lösenord").fill(`fel-losenord-${i}`);
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.getByRole("button", { name: "Logga in" }).click(),
    ]);
    await expect(page.locator("main").getByRole("alert")).toHaveText(
      i <= 5
        ? "Inloggningen misslyckades. Kontrollera e-postadressen och lösenordet."
        : "För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.",
    );
  }
  await context.close();
});
