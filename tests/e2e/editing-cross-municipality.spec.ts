import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { UMEA, partnershipId, query, signIn } from "./support/editing";

// An officer of Umeå can neither see Sollefteå's edit screens nor change Sollefteå's data by
// sending a request with Sollefteå's ids (formbricks' cross-tenant spec, for municipalities).
test("the Umeå officer cannot open Sollefteå's edit screens", async ({ page }) => {
  const esashi = await partnershipId("2283", "Esashi");
  await signIn(page, UMEA);
  for (const path of [
    "/hantera/solleftea",
    `/hantera/solleftea/samarbeten/${esashi}`,
    `/hantera/umea/samarbeten/${esashi}`,
    "/hantera/anvandare",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
    await expect(page).toHaveTitle(/^Sidan finns inte – /);
  }
  await expectNoAccessibilityViolations(page);
});

test("requests carrying Sollefteå's ids are refused and change nothing", async ({ page }) => {
  const esashi = await partnershipId("2283", "Esashi");
  const vasa = await partnershipId("2480", "Vasa");
  const state = async () =>
    (
      await query(
        `SELECT version, "removedAt", "endedOn", verification, "startYear" FROM "Partnership" WHERE id = $1`,
        [esashi],
      )
    )[0];
  const solleftea = async () =>
    (
      await query(
        `SELECT id, version, "contactName", "lastReviewedOn" FROM "Organisation" WHERE code = '2283'`,
      )
    )[0] as { id: number; version: number };
  const before = await state();
  const organisationBefore = await solleftea();
  const auditsBefore = (await query<{ count: string }>(`SELECT count(*) FROM "AuditEvent"`))[0]!.count;

  await signIn(page, UMEA);
  // Umeå's own edit page, with the forms' hidden ids rewritten to Sollefteå's partnership.
  await page.goto(`/hantera/umea/samarbeten/${vasa}`);
  const retarget = async (button: string, fields: Record<string, string | number>) => {
    const form = page.locator("form", { has: page.getByRole("button", { name: button, exact: true }) });
    for (const [name, value] of Object.entries(fields)) {
      await form
        .locator(`input[type=hidden][name="${name}"]`)
        .evaluate((input, v) => ((input as HTMLInputElement).value = v), String(value));
    }
    await form.getByRole("button", { name: button, exact: true }).click();
    await expect(form.getByRole("alert")).toHaveText("Du har inte behörighet att ändra detta.");
  };
  await retarget("Ta bort samarbetet", { id: esashi, expectedVersion: before!.version });
  await retarget("Avsluta samarbetet", { id: esashi, expectedVersion: before!.version });
  await retarget("Spara", { id: esashi, expectedVersion: before!.version });

  // The organisation's own forms, pointed at Sollefteå.
  await page.goto("/hantera/umea");
  const review = page.locator("form", {
    has: page.getByRole("button", { name: "Bekräfta att våra uppgifter är aktuella" }),
  });
  await review
    .locator('input[name="organisationId"]')
    .evaluate((input, v) => ((input as HTMLInputElement).value = v), String(organisationBefore.id));
  await review
    .locator('input[name="expectedVersion"]')
    .evaluate((input, v) => ((input as HTMLInputElement).value = v), String(organisationBefore.version));
  await review.getByRole("button").click();
  await expect(review.getByRole("alert")).toHaveText("Du har inte behörighet att ändra detta.");

  expect(await state()).toEqual(before);
  expect(await solleftea()).toEqual(organisationBefore);
  expect((await query<{ count: string }>(`SELECT count(*) FROM "AuditEvent"`))[0]!.count).toBe(auditsBefore);
});

test("the gazetteer endpoint of the form needs a signed-in user", async ({ request }) => {
  const response = await request.get("/api/places?q=Esashi");
  expect(response.status()).toBe(401);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
});
