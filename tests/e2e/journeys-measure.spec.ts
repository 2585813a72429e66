// The officer's and the administrator's journeys, measured: Tab presses and clicks from the page
// where the journey starts to the answer. Written so that it runs on the registry before and
// after the task list, the member search and the inventory view (README gives both figures);
// each figure is printed as a "journey:" line. Run alone:
//   npx playwright test tests/e2e/journeys-measure.spec.ts --project=desktop
import { expect, test, type Locator, type Page } from "@playwright/test";
import { ADMIN, UMEA, query, signIn } from "./support/editing";

const ROUND = "Mätning 2026";
let changed: { id: number; verification: string; source: string | null } | null = null;

test.beforeAll(async () => {
  await query(`DELETE FROM "InventoryRound" WHERE status = 'OPEN'`);
  await query(
    `INSERT INTO "InventoryRound" (name, deadline, questions) VALUES ($1, now() + interval '14 days', $2)`,
    [
      ROUND,
      JSON.stringify({
        questions: ["reasonsForNone", "obstacles", "obstacleKinds", "addedValue", "coordination"],
      }),
    ],
  );
  // One of Umeå's partnerships as if it came from an import and awaits review.
  const [row] = await query<{ id: number; verification: string; source: string | null }>(
    `SELECT p.id, p.verification::text, p.source FROM "Partnership" p
       JOIN "PartnershipParticipant" pp ON pp."partnershipId" = p.id JOIN "Organisation" o ON o.id = pp."organisationId"
      WHERE o.code = '2480' AND p."removedAt" IS NULL ORDER BY p.id LIMIT 1`,
  );
  changed = row!;
  await query(
    `UPDATE "Partnership" SET verification = 'NEEDS_REVIEW', source = 'Import av mätning.csv' WHERE id = $1`,
    [changed.id],
  );
});

test.afterAll(async () => {
  await query(`DELETE FROM "InventoryRound" WHERE name = $1`, [ROUND]);
  if (changed)
    await query(
      `UPDATE "Partnership" SET verification = $2::"VerificationState", source = $3 WHERE id = $1`,
      [changed.id, changed.verification, changed.source],
    );
});

/** Presses Tab from where the focus is until `target` has it; the number of presses (or -1 after 700). */
async function tabsTo(page: Page, target: Locator): Promise<number> {
  const element = await target.elementHandle();
  for (let n = 1; n <= 700; n++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((el) => document.activeElement === el, element)) return n;
  }
  return -1;
}

/** Starts at the top of the page: the next Tab goes to its first link. */
async function fromTop(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.click(1, 1);
}

const report = (journey: string, figures: Record<string, number | string>) =>
  console.log(`journey: ${journey}: ${JSON.stringify(figures)}`);

test("the administrator finds Umeå's page among the 310", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN);
  await fromTop(page);
  const search = page.getByLabel("Namn eller kod");
  if ((await search.count()) === 0) {
    const tabs = await tabsTo(page, page.getByRole("link", { name: "Umeå kommun", exact: true }));
    expect(tabs).toBeGreaterThan(0);
    report("admin finds a member", { tabs, clicks: 1, note: "scroll a list of 310 links" });
    return;
  }
  let tabs = await tabsTo(page, search);
  await page.keyboard.type("umeå");
  await page.keyboard.press("Enter");
  await page.waitForURL(/q=ume/);
  await fromTop(page);
  const link = page.getByTestId("member-results").getByRole("link", { name: "Umeå kommun", exact: true });
  await expect(link).toBeVisible();
  tabs += await tabsTo(page, link);
  report("admin finds a member", { tabs, clicks: 3, typed: "umeå" });
});

test("the Umeå officer finds the round to answer and the imported row awaiting review", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, UMEA);
  await fromTop(page);
  const task = page.getByRole("link", { name: /bekräfta uppgifterna och svara på frågorna/ });
  const roundTabs = await tabsTo(page, task);
  const deadlineShown = (await page.getByText(/Sista svarsdag/).count()) > 0;
  await fromTop(page);
  const reviewTask = page.getByRole("link", { name: /väntar på granskning/ });
  if ((await reviewTask.count()) > 0) {
    const tabs = await tabsTo(page, reviewTask);
    report("officer reaches the review queue", { tabs, clicks: 1 });
  } else {
    let tabs = await tabsTo(page, page.getByRole("link", { name: "Importera", exact: true }));
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/hantera\/import$/);
    await fromTop(page);
    tabs += await tabsTo(page, page.getByRole("link", { name: "Granskningskö" }).first());
    report("officer reaches the review queue", {
      tabs,
      clicks: 2,
      note: "not mentioned on the dashboard",
    });
  }
  report("officer finds the open round", {
    tabs: roundTabs,
    clicks: 1,
    deadlineShown: String(deadlineShown),
  });

  await page.goto("/hantera");
  await task.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Umeå kommun");
  // Questions on screen: the checkbox groups and the selects and text areas (the entries' confirmation included).
  const questions = await page
    .getByTestId("inventory-answer")
    .locator(
      "fieldset.checkbox-group:visible, div.field:visible:has(select), div.field:visible:has(textarea)",
    )
    .count();
  await fromTop(page);
  const tabs = await tabsTo(page, page.getByRole("button", { name: "Skicka svaret" }));
  report("officer answers the round (Umeå, which has twin towns)", {
    tabs,
    questionsShown: questions,
    asksWhyNone: String(await page.getByText("Om ni inte har vänorter eller partnerskap").isVisible()),
  });
});

test("the administrator sees who has not answered in Västerbotten and how to reach them", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ADMIN);
  await page.goto("/hantera/inventering");
  const county = page.getByLabel("Län");
  if ((await county.count()) === 0) {
    await page.getByText(/Har inte svarat/).click();
    const shown = await page.getByTestId("not-answered").locator("li").count();
    const mails = await page.getByTestId("not-answered").locator('a[href^="mailto:"]').count();
    report("admin: non-responders in a county with contacts", {
      clicks: 1,
      listed: shown,
      contacts: mails,
      note: "code order, no search, no contact",
    });
    report("admin closes the round", { clicks: 1, confirmation: "none" });
    return;
  }
  await fromTop(page);
  let tabs = await tabsTo(page, county);
  await county.selectOption({ label: "Västerbottens län" });
  await page.getByRole("button", { name: "Visa", exact: true }).first().click();
  await page.waitForURL(/lan=24/);
  const list = page.getByTestId("not-answered");
  await expect(list.getByRole("link", { name: "Umeå kommun" })).toBeVisible();
  await fromTop(page);
  tabs += await tabsTo(page, list.locator('a[href^="mailto:"]').first());
  report("admin: non-responders in a county with contacts", {
    tabs,
    clicks: 2,
    listed: await list.locator("li").count(),
    contacts: await list.locator('a[href^="mailto:"]').count(),
  });
  report("admin closes the round", {
    clicks: 2,
    confirmation: "tick 'I understand' + danger button, checked on the server",
  });
});
