import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { ADMIN, UMEA, query, signIn } from "./support/editing";
import { lastMailTo } from "./support/mail";

const ROUND = "Höst 2026";
const ENGLISH_ROUND = "Spring 2027";
let umeaBefore: { lastReviewedOn: Date | null; version: number };
let auditBefore = "0";

test.beforeAll(async () => {
  umeaBefore = (
    await query<{ lastReviewedOn: Date | null; version: number }>(
      `SELECT "lastReviewedOn", version FROM "Organisation" WHERE code = '2480'`,
    )
  )[0]!;
  auditBefore =
    (await query<{ max: string | null }>(`SELECT max(id)::text AS max FROM "AuditEvent"`))[0]!.max ?? "0";
});

// The round, its answer and Umeå's review date go again: other specs see the seed as it was.
test.afterAll(async () => {
  await query(`DELETE FROM "InventoryRound" WHERE name = ANY($1)`, [[ROUND, ENGLISH_ROUND]]);
  await query(`UPDATE "Organisation" SET "lastReviewedOn" = $1, version = $2 WHERE code = '2480'`, [
    umeaBefore.lastReviewedOn,
    umeaBefore.version,
  ]);
  await query(
    `DELETE FROM "AuditEvent" WHERE id > $1::bigint AND "entityType" IN ('InventoryRound', 'InventoryResponse', 'InventoryReminder')`,
    [auditBefore],
  );
});

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

test("an administrator opens a round, the Umeå officer answers, the response rate rises, the closed round has its statistics", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const total = (
    await query<{ total: number }>(
      `SELECT count(*)::int AS total FROM "Organisation" WHERE kind = 'MUNICIPALITY'`,
    )
  )[0]!.total;
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, ADMIN);
  await adminPage.getByRole("link", { name: "Inventeringar" }).click();
  await expect(adminPage.getByRole("heading", { level: 1, name: "Inventeringar" })).toBeVisible();
  await adminPage.getByRole("button", { name: "Starta inventeringen" }).click();
  await expect(adminPage.getByText("Ge omgången ett namn, till exempel Inventering 2026.")).toBeVisible();
  await expectNoAccessibilityViolations(adminPage);
  await expect(
    adminPage.getByText("Ange sista svarsdag som ett datum, till exempel 2026-12-31."),
  ).toBeVisible();
  await adminPage.getByLabel("Namn").fill(ROUND);
  // A deadline in the past is refused next to the field, naming today's (Swedish) date.
  await adminPage.getByLabel("Sista svarsdag").fill("2020-01-31");
  await adminPage.getByRole("button", { name: "Starta inventeringen" }).click();
  await expect(adminPage.getByLabel("Sista svarsdag")).toHaveAttribute("aria-invalid", "true");
  await expect(
    adminPage
      .getByTestId("open-round-form")
      .locator(".field", { has: adminPage.getByLabel("Sista svarsdag") }),
  ).toContainText(
    /Sista svarsdag kan inte vara före i dag \(\d{4}-\d{2}-\d{2}\)\. Välj i dag eller en senare dag\./,
  );
  await adminPage.getByLabel("Sista svarsdag").fill(tomorrow());
  await adminPage.getByRole("button", { name: "Starta inventeringen" }).click();
  await expect(adminPage.getByText("Inventeringen är startad.")).toBeVisible();
  await expect(adminPage.getByTestId("rate-MUNICIPALITY")).toHaveText(`Kommuner0${total}0 %`);
  await adminPage.getByLabel("Anteckning om påminnelsen (valfri)").fill("E-post till alla");
  await adminPage.getByRole("button", { name: "Registrera en påminnelse" }).click();
  // The e2e server mails through a local SMTP sink: the seed's two officers get the reminder.
  const reminder = adminPage.getByTestId("reminder-form").getByRole("status");
  await expect(reminder).toContainText("Påminnelsen skickades med e-post till 2 handläggare.");
  const organisations = (await query<{ n: number }>(`SELECT count(*)::int AS n FROM "Organisation"`))[0]!.n;
  await expect(reminder).toContainText(
    `${organisations - 2} kommuner och regioner som inte har svarat saknar handläggarkonto och fick ingen e-post.`,
  );
  const mail = await lastMailTo(UMEA.email);
  expect(mail.subject).toMatch(
    new RegExp(`^Påminnelse: ${ROUND} – svara senast \\d{4}-\\d{2}-\\d{2} / Reminder: ${ROUND}`),
  );
  expect(mail.text).toMatch(/Umeå kommun: http:\/\/localhost:\d+\/hantera\/umea\/inventering/);
  await adminPage.reload();
  await expect(adminPage.getByText("1 påminnelse skickad.")).toBeVisible();
  await expect(adminPage.getByText("Inga svar ännu.")).toBeVisible();
  await expectNoAccessibilityViolations(adminPage);

  // The officer's task, with its deadline, and the answer form.
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, UMEA);
  await expect(officer.getByTestId("tasks").locator('[data-task="inventory"]')).toContainText(
    /Sista svarsdag \d{4}-\d{2}-\d{2}\./,
  );
  await officer
    .getByRole("link", { name: `Inventering ${ROUND}: bekräfta uppgifterna och svara på frågorna` })
    .click();
  await expect(
    officer.getByRole("heading", { level: 1, name: `Inventering ${ROUND}: Umeå kommun` }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(officer);
  // Umeå has twin towns: it is not asked why it has none. "Which obstacles?" follows a "Yes".
  await expect(officer.getByText("Om ni inte har vänorter eller partnerskap")).toHaveCount(0);
  await expect(officer.getByRole("group", { name: "Om ni svarade Ja: vilka hinder?" })).toBeHidden();
  await officer.getByLabel("Finns det hinder för det internationella arbetet?").selectOption({ label: "Ja" });
  await expect(officer.getByRole("group", { name: "Om ni svarade Ja: vilka hinder?" })).toBeVisible();
  await officer.getByLabel("Finns det hinder för det internationella arbetet?").selectOption({ label: "–" });
  await officer.getByLabel("Påverkan").check();
  await officer.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(
    officer.getByText("Bekräfta att organisationens samarbeten i registret är aktuella."),
  ).toBeVisible();
  await expect(officer.getByLabel("Påverkan")).toBeChecked();
  await officer
    .getByLabel("Jag har kontrollerat att organisationens samarbeten i registret är aktuella")
    .check();
  await officer.getByLabel("Finns det hinder för det internationella arbetet?").selectOption({ label: "Ja" });
  await officer.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(officer.getByText("Tack! Svaret är sparat.")).toBeVisible();
  await expect(officer.getByLabel("Påverkan")).toBeChecked();
  await officer.goto("/hantera");
  await expect(officer.getByTestId("tasks").locator('[data-task="inventory"]')).toContainText("besvarad");

  // The administrator sees the rate rise, closes the round and follows it to its statistics.
  await adminPage.reload();
  await expect(adminPage.getByTestId("rate-MUNICIPALITY")).toHaveText(new RegExp(`^Kommuner1${total}`));
  // The answers so far, counted per option of each question.
  await expect(adminPage.getByTestId("answers-obstacles")).toContainText("(1 har svarat)");
  await expect(adminPage.getByTestId("answers-obstacles").getByRole("row", { name: "Ja" })).toContainText(
    "1",
  );
  await expect(
    adminPage.getByTestId("answers-addedValue").getByRole("row", { name: "Påverkan" }),
  ).toContainText("1");
  // Who has not answered: searchable, in Swedish collation, with the officers' addresses.
  const notAnswered = adminPage.getByTestId("not-answered");
  await expect(notAnswered.getByRole("link", { name: "Umeå kommun" })).toHaveCount(0);
  await expect(notAnswered.getByRole("link", { name: "Sollefteå kommun" })).toBeVisible();
  await expect(notAnswered.locator('a[href="mailto:solleftea@example.org"]')).toBeVisible();
  const names = await notAnswered.locator("li > a").allTextContents();
  expect(names).toEqual([...names].sort(new Intl.Collator("sv").compare));
  await adminPage.getByLabel("Namn eller kod").fill("sollefte");
  await adminPage.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(adminPage).toHaveURL(/q=sollefte/);
  await expect(notAnswered.locator("li > a")).toHaveText(["Sollefteå kommun"]);
  await expect(adminPage.locator("progress.rate-progress")).toHaveCount(2);
  await expectNoAccessibilityViolations(adminPage);

  // Closing cannot be undone: refused until "I understand" is ticked; the button is not a primary one.
  const close = adminPage.getByRole("button", { name: "Stäng inventeringen" });
  await expect(close).toHaveClass(/danger/);
  await close.click();
  await expect(adminPage.getByTestId("close-form").getByRole("alert")).toBeFocused();
  await expect(
    adminPage.getByText("Kryssa i att du förstår att stängningen inte går att ångra.").first(),
  ).toBeVisible();
  expect(
    await query(`SELECT id FROM "InventoryRound" WHERE name = $1 AND status = 'OPEN'`, [ROUND]),
  ).toHaveLength(1);
  await adminPage.getByLabel(/Jag förstår att ingen kan svara på/).check();
  await close.click();
  await expect(adminPage.getByText("Inventeringen är stängd och ögonblicksbilden sparad.")).toBeVisible();
  await expect(adminPage.getByTestId("closed-rounds")).toContainText(`${ROUND}, stängd`);
  await adminPage.getByRole("link", { name: `Statistik för ${ROUND}` }).click();
  await expect(adminPage).toHaveURL(/\/statistik\?omgang=\d+$/);
  await expect(
    adminPage.getByText(`Statistik från inventeringsomgången ${ROUND}, fryst när omgången stängdes.`),
  ).toBeVisible();
  // The closed round joins the trend, between the report's historical figures and today.
  await expect(adminPage.locator('table[data-table="utveckling"]')).toContainText(
    `Vänortsregistret, inventeringsomgången ${ROUND}, stängd`,
  );
  await expect(adminPage.locator('table[data-table="utveckling"]')).not.toContainText("Registret i dag");
  await expectNoAccessibilityViolations(adminPage);

  // A closed round leaves no task.
  await officer.goto("/hantera");
  await expect(officer.locator('[data-task="inventory"]')).toHaveCount(0);
});

test("in English: the administrator opens a round with only some questions, and the Umeå officer is asked only those", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, ADMIN, "en");
  await adminPage.goto("/en/hantera/inventering");
  await expect(adminPage.getByRole("heading", { level: 1, name: "Inventory rounds" })).toBeVisible();
  const questions = adminPage.getByRole("group", { name: "Questions the round asks" });
  // Every question is asked unless the administrator unticks it, labelled as the officer will read it.
  for (const checkbox of await questions.getByRole("checkbox").all()) await expect(checkbox).toBeChecked();
  await expect(questions.getByRole("checkbox")).toHaveCount(5);
  await expectNoAccessibilityViolations(adminPage);

  // Unticking every question is refused, in English, next to the questions.
  await adminPage.getByLabel("Name", { exact: true }).fill(ENGLISH_ROUND);
  await adminPage.getByLabel("Deadline", { exact: true }).fill(tomorrow());
  for (const checkbox of await questions.getByRole("checkbox").all()) await checkbox.uncheck();
  await adminPage.getByRole("button", { name: "Open the round" }).click();
  await expect(questions.getByText("Choose at least one question for the round to ask.")).toBeVisible();
  await expect(adminPage.getByLabel("Name", { exact: true })).toHaveValue(ENGLISH_ROUND);
  expect(await query(`SELECT id FROM "InventoryRound" WHERE name = $1`, [ENGLISH_ROUND])).toHaveLength(0);
  await expectNoAccessibilityViolations(adminPage);

  await questions.getByLabel("Are there obstacles to the international work?").check();
  await questions.getByLabel("What added value does the international work give?").check();
  await adminPage.getByRole("button", { name: "Open the round" }).click();
  await expect(adminPage.getByText("The round is open.")).toBeVisible();
  await expect(
    adminPage.getByRole("heading", { level: 2, name: `Open round: ${ENGLISH_ROUND}` }),
  ).toBeVisible();
  await expect(adminPage.getByTestId("round-questions").getByRole("listitem")).toHaveText([
    "Are there obstacles to the international work?",
    "What added value does the international work give?",
  ]);
  await expectNoAccessibilityViolations(adminPage);

  // The officer's task and form, in English, with only the round's two questions.
  const officer = await (await browser.newContext()).newPage();
  await signIn(officer, UMEA, "en");
  await officer
    .getByRole("link", {
      name: `Inventory ${ENGLISH_ROUND}: confirm the information and answer the questions`,
    })
    .click();
  await expect(officer).toHaveURL(/\/en\/hantera\/umea\/inventering$/);
  await expect(
    officer.getByRole("heading", { level: 1, name: `Inventory ${ENGLISH_ROUND}: Umeå kommun` }),
  ).toBeVisible();
  const form = officer.getByTestId("inventory-answer");
  await expect(form.getByLabel("Are there obstacles to the international work?")).toBeVisible();
  await expect(
    form.getByRole("group", { name: "What added value does the international work give?" }),
  ).toBeVisible();
  for (const notAsked of [
    "If you have no twin towns or partnerships: why not?",
    "Which obstacles?",
    "How is the international work coordinated?",
  ]) {
    await expect(form.getByText(notAsked)).toHaveCount(0);
  }
  await expectNoAccessibilityViolations(officer);

  // Sending without confirming the entries is refused with the English field message; nothing is lost.
  await form.getByLabel("Skills development").check();
  await officer.getByRole("button", { name: "Send the answer" }).click();
  await expect(
    form.getByRole("group", { name: "The organisation's information and partnerships" }),
  ).toContainText("Confirm that the organisation's partnerships in the registry are up to date.");
  await expect(form.getByLabel("Skills development")).toBeChecked();
  await expectNoAccessibilityViolations(officer);
  await form
    .getByLabel("I have checked that the organisation's partnerships in the registry are up to date")
    .check();
  await form.getByLabel("Are there obstacles to the international work?").selectOption({ label: "No" });
  await officer.getByRole("button", { name: "Send the answer" }).click();
  await expect(officer.getByText("Thank you! The answer is saved.")).toBeVisible();
  const stored = await query<{ answers: unknown }>(
    `SELECT r.answers FROM "InventoryResponse" r JOIN "InventoryRound" i ON i.id = r."roundId" JOIN "Organisation" o ON o.id = r."organisationId" WHERE i.name = $1 AND o.code = '2480'`,
    [ENGLISH_ROUND],
  );
  expect(stored.map((r) => r.answers)).toEqual([
    { confirmedEntries: true, obstacles: "NO", addedValue: ["SKILLS_DEVELOPMENT"] },
  ]);

  // The administrator sees the answer counted under the round's questions, and closes the round.
  await adminPage.reload();
  await expect(
    adminPage.getByTestId("answers-addedValue").getByRole("row", { name: "Skills development" }),
  ).toContainText("1");
  await expect(adminPage.getByTestId("answers-coordination")).toHaveCount(0);
  await adminPage.getByLabel(/I understand that nobody can answer/).check();
  await adminPage.getByRole("button", { name: "Close the round" }).click();
  await expect(adminPage.getByText("The round is closed and its snapshot kept.")).toBeVisible();
  await expect(adminPage.getByRole("link", { name: `Statistics for ${ENGLISH_ROUND}` })).toHaveAttribute(
    "href",
    /^\/en\/statistik\?omgang=\d+$/,
  );
});
