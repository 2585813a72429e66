import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { MAX_IMPORT_BYTES, MAX_IMPORT_REQUEST_BYTES } from "../../lib/import/limits";
import { syntheticImportCsv, syntheticImportFileName } from "../../scripts/synthetic/import-file";
import { ADMIN, UMEA, query, signIn } from "./support/editing";

const FIXTURES = path.join(import.meta.dirname, "..", "fixtures", "import");
const FIXTURE = path.join(FIXTURES, "umea-messy.csv");
const FILE_LABEL = "Fil (CSV eller XLSX, högst 512 kB)";
const FILE_LABEL_EN = "File (CSV or XLSX, at most 512 kB)";
const TOO_LARGE = "Filen är för stor. Den får vara högst 512 kB; dela upp listan i flera filer.";
const TOO_LARGE_EN = "The file is too large. It may be at most 512 kB; split the list into several files.";

/** The form's own error message (not Next's route announcer, which is an alert too). */
const formAlert = (page: Page) => page.locator(".message-error[role=alert]");

/** A CSV file of this many bytes (its content does not matter: it is refused for its size). */
const csvOfSize = (name: string, bytes: number) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.alloc(bytes, "a"),
});

// Everything the import writes is taken away again at the end (other specs count the seed).
test.afterAll(async () => {
  const ids = (
    await query<{ id: number }>(`SELECT id FROM "Partnership" WHERE source LIKE 'Import av %'`)
  ).map((r) => r.id);
  if (ids.length) {
    await query(
      `DELETE FROM "AuditEvent" WHERE "entityType" = 'Partnership' AND "entityId" = ANY($1::text[])`,
      [ids.map(String)],
    );
    await query(`DELETE FROM "Partnership" WHERE id = ANY($1::int[])`, [ids]);
  }
  await query(`DELETE FROM "AuditEvent" WHERE "entityType" = 'Import'`);
});

test("the Umeå officer imports a messy list: preview, commit, public page, no duplicates on re-import, review queue", async ({
  page,
}) => {
  await signIn(page, UMEA);
  await page.getByRole("link", { name: "Importera", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importera samarbeten" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByLabel(FILE_LABEL).setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Förhandsgranska" }).click();
  await expect(page.getByTestId("import-counts")).toHaveText(
    "1 klara, 1 att granska, 1 ogiltiga, 1 finns redan",
  );
  await expect(page.getByTestId("import-row-2")).toContainText("Samarbetet finns redan i registret.");
  await expect(page.getByTestId("import-row-3")).toContainText("Umeå kommun");
  await expect(page.getByTestId("import-row-3")).toContainText("Tromsø, NO");
  // Why the match was taken, in the reader's language.
  await expect(page.getByTestId("match-reasons-3")).toHaveText(
    "ortens eget namn; den enda orten med det namnet i landet",
  );
  await expect(page.getByTestId("import-row-5")).toHaveAttribute("data-status", "review");
  await expect(page.getByLabel("Ort för rad 5")).toHaveValue("review");
  await expect(page.getByTestId("import-row-6")).toContainText(
    "Du kan bara importera samarbeten för din egen organisation, inte för Sollefteå kommun.",
  );
  await expect(page.getByLabel("Importera rad 6")).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await page.getByRole("button", { name: "Importera markerade rader" }).click();
  await expect(page.getByTestId("import-result")).toContainText("2 nya samarbeten sparade som ogranskade.");
  await expectNoAccessibilityViolations(page);

  // Not public before review: neither row shows on Umeå's page yet.
  await page.goto("/kommun/umea");
  await expect(page.getByRole("row").filter({ hasText: "Tromsø" })).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: "Springfield" })).toHaveCount(0);

  // The same file again: everything it holds is there already.
  await page.goto("/hantera/import");
  await page.getByLabel(FILE_LABEL).setInputFiles(FIXTURE);
  await page.getByRole("button", { name: "Förhandsgranska" }).click();
  await expect(page.getByTestId("import-counts")).toHaveText(
    "0 klara, 0 att granska, 1 ogiltiga, 3 finns redan",
  );
  await expect(page.getByRole("button", { name: "Importera markerade rader" })).toHaveCount(0);
  const hash = createHash("sha256").update(readFileSync(FIXTURE)).digest("hex").slice(0, 12);
  const created = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Partnership" WHERE source LIKE $1`,
    [`Import av fil med SHA-256 ${hash}%`],
  );
  expect(created[0]!.n).toBe(2);

  // The review queue links to the edit pages; removing an entry takes it off the queue.
  await page.goto("/hantera/import/granska");
  // Each entry links to its partnership ("Umeå kommun: …"); a partner not in the gazetteer also
  // offers "Lägg till … som ort".
  await expect(page.getByTestId("review-queue").getByRole("link", { name: /^Umeå kommun: / })).toHaveCount(2);
  await expect(
    page.getByRole("link", { name: "Umeå kommun: Tromsø (Annat internationellt samarbete)" }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: /^Umeå kommun: Springfield/ }).click();
  await page.getByRole("button", { name: "Ta bort samarbetet" }).click();
  await page.waitForURL(/sparat=removed/);
  await page.goto("/hantera/import/granska");
  await expect(page.getByTestId("review-queue").getByRole("link", { name: /^Umeå kommun: / })).toHaveCount(1);

  // Confirming the other publishes it, with no internal note or file name.
  await page
    .getByTestId("review-queue")
    .getByRole("link", { name: /^Umeå kommun: Tromsø/ })
    .click();
  await page.getByRole("button", { name: "Bekräfta uppgifterna" }).click();
  await page.waitForURL(/sparat=confirmed/);
  await page.goto("/kommun/umea");
  const tromso = page.getByRole("row").filter({ hasText: "Tromsø" });
  await expect(tromso).toHaveCount(1);
  await expect(tromso).not.toContainText("Importerad");
  await expect(tromso).not.toContainText("umea-messy.csv");
});

test("an officer has no kommungrupp import; the administrator's refuses a wrong file with the rows named", async ({
  page,
}) => {
  await signIn(page, UMEA);
  const response = await page.goto("/hantera/import/kommungrupper");
  expect(response?.status()).toBe(404);
  await page.context().clearCookies();

  await signIn(page, ADMIN);
  await page.goto("/hantera/import/kommungrupper");
  await expect(page.getByRole("heading", { level: 1, name: "Importera kommungrupper" })).toBeVisible();
  await page
    .getByLabel(FILE_LABEL)
    .setInputFiles(path.join(import.meta.dirname, "..", "fixtures", "import", "kommungrupper-fel.csv"));
  await page.getByRole("button", { name: "Importera kommungrupper" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Filen importerades inte." });
  await expect(alert).toContainText("Rad 3: ”X9” är ingen kommungrupp (A1–C9).");
  await expect(alert).toContainText("Rad 4: ”Narnia” är ingen kommun som registret känner till.");
  await expectNoAccessibilityViolations(page);
});

test("in English: a messy list with progress, matches and confidence, commit, the review queue; wrong files get English messages", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, UMEA, "en");
  await page.goto("/en/hantera/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import partnerships" })).toBeVisible();

  // Refused in the browser before it is sent, and an unreadable file refused by the server.
  await page.getByLabel(FILE_LABEL_EN).setInputFiles(csvOfSize("huge.csv", MAX_IMPORT_BYTES + 1));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(formAlert(page)).toHaveText(TOO_LARGE_EN);
  await page.getByLabel(FILE_LABEL_EN).setInputFiles({
    name: "list.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2]),
  });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(formAlert(page)).toHaveText("Only CSV and XLSX files can be imported.");
  await expectNoAccessibilityViolations(page);

  // A long file (synthetic: real place names misspelt, in invented rows, only previewed): the
  // progress bar and its polite status line show while the rows are matched. Misspelt names
  // have no exact match, so each takes the gazetteer's slower fuzzy search: long enough to see.
  const places = await query<{ name: string; countryCode: string }>(
    `SELECT name, "countryCode" FROM "Place" WHERE "countryCode" IN ('NO', 'FI', 'DK', 'DE', 'EE', 'PL') AND length(name) > 5 ORDER BY population DESC, id LIMIT 200`,
  );
  const rows = places.length;
  await page.getByLabel(FILE_LABEL_EN).setInputFiles({
    name: syntheticImportFileName(rows),
    mimeType: "text/csv",
    buffer: Buffer.from(
      syntheticImportCsv(
        rows,
        places.map((p) => [p.name.slice(0, -1), p.countryCode] as const),
      ),
    ),
  });
  await page.getByRole("button", { name: "Preview" }).click();
  const progress = page.getByRole("progressbar", { name: "Rows matched" });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute("max", String(rows));
  await expect(page.getByTestId("import-progress").getByRole("status")).toContainText(
    new RegExp(`Matched [\\d ,]+ of ${rows} rows \\(\\d+ %\\)`),
  );
  await expectNoAccessibilityViolations(page);
  await expect(
    page.getByRole("heading", { level: 2, name: `Preview of ${syntheticImportFileName(rows)}` }),
  ).toBeVisible({ timeout: 120_000 });
  await expect(progress).toHaveCount(0);
  await expect(page.getByTestId("import-preview").locator("tbody tr")).toHaveCount(rows);

  // The messy list made for this test: every kind of row, in English.
  await page.getByLabel(FILE_LABEL_EN).setInputFiles(path.join(FIXTURES, "umea-messy-en.csv"));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-counts")).toHaveText(
    "1 ready, 1 to review, 2 invalid, 1 already registered",
  );
  await expect(page.getByTestId("import-row-2")).toHaveAttribute("data-status", "duplicate");
  await expect(page.getByTestId("import-row-3")).toContainText("Umeå kommun");
  await expect(page.getByTestId("import-row-3")).toContainText(/Tartu, EE \(confidence \d+ %\)/);
  await expect(page.getByTestId("match-reasons-3")).toContainText("the place's own name");
  await expect(page.getByTestId("import-row-4")).toHaveAttribute("data-status", "review");
  await expect(page.getByLabel("Place for row 4")).toHaveValue("review");
  await expect(page.getByTestId("import-row-5")).toHaveAttribute("data-status", "invalid");
  await expect(page.getByLabel("Import row 5")).toHaveCount(0);
  await expect(page.getByTestId("import-row-6")).toHaveAttribute("data-status", "invalid");
  await expectNoAccessibilityViolations(page);

  await page.getByRole("button", { name: "Import the selected rows" }).click();
  await expect(page.getByTestId("import-result")).toContainText("2 new partnerships saved as unverified.");
  await expectNoAccessibilityViolations(page);

  await page.getByRole("link", { name: "To the review queue" }).click();
  await expect(page).toHaveURL(/\/en\/hantera\/import\/granska$/);
  await expect(page.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();
  await expect(
    page.getByTestId("review-queue").getByRole("link", { name: /^Umeå kommun: Tartu/ }),
  ).toBeVisible();
  await expect(
    page.getByTestId("review-queue").getByRole("link", { name: /^Umeå kommun: Springfield/ }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Should the stream fail, the same form falls back to the server action.
  await page.route("**/api/import/preview", (route) => route.abort());
  await page.goto("/en/hantera/import");
  await page.getByLabel(FILE_LABEL_EN).setInputFiles(path.join(FIXTURES, "umea-messy-en.csv"));
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-counts")).toHaveText(
    "0 ready, 0 to review, 2 invalid, 3 already registered",
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the preview works through the server action, and any too-large file gets the form's message", async ({
    page,
  }) => {
    await signIn(page, UMEA);
    await page.goto("/hantera/import");
    await page.getByLabel(FILE_LABEL).setInputFiles(FIXTURE);
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await expect(page.getByTestId("import-counts")).toBeVisible();

    // Above the import's limit but within the server actions' body limit: the handler refuses it.
    await page.goto("/hantera/import");
    await page.getByLabel(FILE_LABEL).setInputFiles(csvOfSize("big.csv", MAX_IMPORT_BYTES + 1));
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await expect(formAlert(page)).toHaveText(TOO_LARGE);

    // Above any import form's size: turned away before the action (proxy.ts), same message.
    await page.goto("/hantera/import");
    await page.getByLabel(FILE_LABEL).setInputFiles(csvOfSize("huge.csv", MAX_IMPORT_REQUEST_BYTES + 1024));
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await expect(page).toHaveURL(/\/hantera\/import\?fel=file_too_large$/);
    await expect(formAlert(page)).toHaveText(TOO_LARGE);
  });
});
