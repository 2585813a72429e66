import path from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { ADMIN, UMEA, query, signIn } from "./support/editing";

const FIXTURE = path.join(import.meta.dirname, "..", "fixtures", "import", "umea-messy.csv");
const FILE_LABEL = "Fil (CSV eller XLSX, högst 512 kB)";

// Everything the import writes is taken away again at the end (other specs count the seed).
test.afterAll(async () => {
  const ids = (await query<{ id: number }>(`SELECT id FROM "Partnership" WHERE source LIKE 'Import av %'`)).map((r) => r.id);
  if (ids.length) {
    await query(`DELETE FROM "AuditEvent" WHERE "entityType" = 'Partnership' AND "entityId" = ANY($1::text[])`, [ids.map(String)]);
    await query(`DELETE FROM "Partnership" WHERE id = ANY($1::int[])`, [ids]);
  }
  await query(`DELETE FROM "AuditEvent" WHERE "entityType" = 'Import'`);
});

test("the Umeå officer imports a messy list: preview, commit, public page, no duplicates on re-import, review queue", async ({ page }) => {
  await signIn(page, UMEA);
  await page.getByRole("link", { name: "Importera", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importera samarbeten" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel(FILE_LABEL).setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Förhandsgranska" }).click();
  await expect(page.getByTestId("import-counts")).toHaveText("1 klara, 1 att granska, 1 ogiltiga, 1 finns redan");
  await expect(page.getByTestId("import-row-2")).toContainText("Samarbetet finns redan i registret.");
  await expect(page.getByTestId("import-row-3")).toContainText("Umeå kommun");
  await expect(page.getByTestId("import-row-3")).toContainText("Tromsø, NO");
  await expect(page.getByTestId("import-row-5")).toHaveAttribute("data-status", "review");
  await expect(page.getByLabel("Ort för rad 5")).toHaveValue("review");
  await expect(page.getByTestId("import-row-6")).toContainText("Du kan bara importera samarbeten för din egen organisation, inte för Sollefteå kommun.");
  await expect(page.getByLabel("Importera rad 6")).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await page.getByRole("button", { name: "Importera markerade rader" }).click();
  await expect(page.getByTestId("import-result")).toContainText("2 nya samarbeten sparade som ogranskade.");
  await expectNoAccessibilityViolations(page);

  // Public: both rows show on Umeå's page, marked as not verified.
  await page.goto("/kommun/umea");
  const tromso = page.getByRole("row").filter({ hasText: "Tromsø" });
  await expect(tromso).toContainText("Ej verifierad");
  await expect(page.getByRole("row").filter({ hasText: "Springfield" })).toContainText("Ej verifierad");

  // The same file again: everything it holds is there already.
  await page.goto("/hantera/import");
  await page.getByLabel(FILE_LABEL).setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Förhandsgranska" }).click();
  await expect(page.getByTestId("import-counts")).toHaveText("0 klara, 0 att granska, 1 ogiltiga, 3 finns redan");
  await expect(page.getByRole("button", { name: "Importera markerade rader" })).toHaveCount(0);
  const created = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Partnership" WHERE source LIKE 'Import av umea-messy.csv%'`);
  expect(created[0]!.n).toBe(2);

  // The review queue links to the edit pages; removing an entry takes it off the queue.
  await page.goto("/hantera/import/granska");
  await expect(page.getByTestId("review-queue").getByRole("link")).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Umeå kommun: Tromsø (Annat internationellt samarbete)" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: /Springfield/ }).click();
  await page.getByRole("button", { name: "Ta bort samarbetet" }).click();
  await page.waitForURL(/sparat=removed/);
  await page.goto("/hantera/import/granska");
  await expect(page.getByTestId("review-queue").getByRole("link")).toHaveCount(1);
});

test("an officer has no kommungrupp import; the administrator's refuses a wrong file with the rows named", async ({ page }) => {
  await signIn(page, UMEA);
  const response = await page.goto("/hantera/import/kommungrupper");
  expect(response?.status()).toBe(404);
  await page.context().clearCookies();

  await signIn(page, ADMIN);
  await page.goto("/hantera/import/kommungrupper");
  await expect(page.getByRole("heading", { level: 1, name: "Importera kommungrupper" })).toBeVisible();
  await page.getByLabel(FILE_LABEL).setInputFiles(path.join(import.meta.dirname, "..", "fixtures", "import", "kommungrupper-fel.csv"));
  await page.getByRole("button", { name: "Importera kommungrupper" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Filen importerades inte." });
  await expect(alert).toContainText("Rad 3: ”X9” är ingen kommungrupp (A1–C9).");
  await expect(alert).toContainText("Rad 4: ”Narnia” är ingen kommun som registret känner till.");
  await expectNoAccessibilityViolations(page);
});
