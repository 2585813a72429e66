// Every signed-in form, submitted with invalid input, in Swedish and English (and, through the
// phone project, at 360×740): the refusal keeps every field as the user left it (text, selects,
// multi-selects, radios, checkboxes, the chosen place and members, which are hidden inputs),
// moves the focus to the error summary at the top of the form, and the page stays axe-clean.
// The fields are compared as the browser would post them, so a field added to a form later is
// covered without changing this file. Not here: the sign-in form (its password is emptied on
// purpose), the reminder (its only field is optional) and an officer's organisations (any choice,
// none included, is valid: there is no invalid input to refuse).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { ADMIN, UMEA, query, signIn } from "./support/editing";

type Locale = "sv" | "en";
type Account = { email: string; password: string };

type FormCase = {
  name: string;
  account: Account;
  path: () => Promise<string>;
  form: (page: Page) => Locator;
  /** Fills the form as a user would, leaving at least one value the server refuses. */
  fill: (page: Page, form: Locator, locale: Locale) => Promise<void>;
  /** The refusal's error summary: the form's own alert. */
  alert?: (form: Locator) => Locator;
};

const SV_EN = (locale: Locale, sv: string, en: string) => (locale === "sv" ? sv : en);
const ROUND = "Formulärsvep 2026";

async function organisationId(code: string) {
  return (await query<{ id: number }>(`SELECT id FROM "Organisation" WHERE code = $1`, [code]))[0]!.id;
}

/** Chooses the first option of a combobox (the place and member pickers) after typing. */
async function pick(page: Page, combobox: Locator, text: string, expected: RegExp) {
  await combobox.fill(text);
  const listbox = page.locator(`#${await combobox.getAttribute("aria-controls")}`);
  await expect(listbox.getByRole("option").first()).toContainText(expected);
  await combobox.press("ArrowDown");
  await combobox.press("Enter");
}

const CASES: FormCase[] = [
  {
    name: "add a partnership",
    account: UMEA,
    path: async () => "/hantera/umea/samarbeten/ny",
    form: (page) => page.getByTestId("partnership-form"),
    fill: async (page, form, locale) => {
      await form.locator('[name="kind"]').selectOption("MUNICIPAL_PARTNERSHIP");
      await form.locator('[name="activityLevel"]').selectOption("ACTIVE");
      await form.locator('[name="areaCodes"]').first().check();
      await form.locator('[name="fundingCodes"]').nth(1).check();
      await pick(page, form.getByRole("combobox", { name: SV_EN(locale, "Ort", "Place") }), "Tartu", /Tartu/);
      await expect(form.locator('[name="partners.0.placeId"]')).not.toHaveValue("");
      await pick(
        page,
        form.getByRole("combobox", { name: SV_EN(locale, "Svenska deltagare", "Swedish participants") }),
        "vasteras",
        /Västerås/,
      );
      await form.locator('[name="startYear"]').fill("1850");
      await form.locator('[name="decisionRefs"]').fill("KS 2024/12");
      await form.locator('[name="description"]').fill("Skolutbyte och kultur");
    },
  },
  {
    name: "edit a partnership",
    account: UMEA,
    path: async () => {
      const [row] = await query<{ id: number }>(
        `SELECT p.id FROM "Partnership" p JOIN "PartnershipParticipant" pp ON pp."partnershipId" = p.id
           JOIN "Organisation" o ON o.id = pp."organisationId"
          WHERE o.code = '2480' AND p."removedAt" IS NULL AND p."endedOn" IS NULL ORDER BY p.id LIMIT 1`,
      );
      return `/hantera/umea/samarbeten/${row!.id}`;
    },
    form: (page) => page.getByTestId("partnership-form"),
    fill: async (_page, form) => {
      await form.locator('[name="activityLevel"]').selectOption("SPORADIC");
      await form.locator('[name="areaCodes"]').nth(2).check();
      await form.locator('[name="startYear"]').fill("3000");
      await form.locator('[name="description"]').fill("Ändrad beskrivning");
    },
  },
  {
    name: "the organisation's contacts",
    account: UMEA,
    path: async () => "/hantera/umea",
    form: (page) => page.getByTestId("contacts-form"),
    fill: async (_page, form) => {
      await form.locator('[name="contactName"]').fill("Kim Kontakt");
      await form.locator('[name="contactEmail"]').fill("inte-en-adress");
      await form.locator('[name="website"]').fill("ftp://example.org");
      await form.locator('[name="coordinationForms"]').first().check();
    },
  },
  {
    name: "a policy document",
    account: UMEA,
    path: async () => "/hantera/umea/policy/ny",
    form: (page) => page.getByTestId("policy-form"),
    fill: async (_page, form) => {
      await form.locator('[name="title"]').fill("Internationell strategi");
      await form.locator('[name="validFromYear"]').fill("2028");
      await form.locator('[name="validToYear"]').fill("2025");
      await form.locator('[name="goals"]').fill("Fler utbyten");
    },
  },
  {
    name: "an inventory answer",
    account: UMEA,
    path: async () => "/hantera/umea/inventering",
    form: (page) => page.getByTestId("inventory-answer"),
    // Without the confirmation of the entries: refused.
    fill: async (_page, form) => {
      await form.locator('[name="obstacles"]').selectOption("YES");
      await form.locator('[name="obstacleKinds"]').nth(1).check();
      await form.locator('[name="addedValue"]').first().check();
      await form.locator('[name="coordination"]').last().check();
      await form.locator('[name="comment"]').fill("Kommentar");
    },
  },
  {
    name: "closing an inventory round",
    account: ADMIN,
    path: async () => "/hantera/inventering",
    form: (page) => page.getByTestId("close-form"),
    // Not ticking "I understand": refused, the round stays open.
    fill: async () => {},
  },
  {
    name: "an invitation",
    account: ADMIN,
    path: async () => "/hantera/anvandare",
    form: (page) => page.getByTestId("invite-form"),
    fill: async (_page, form) => {
      await form.locator('[name="name"]').fill("Testa Testsson");
      await form.locator('[name="email"]').fill("inte-en-adress");
      await form.locator('[name="role"]').selectOption("OFFICER");
      await form
        .locator('[name="organisationIds"]')
        .selectOption([String(await organisationId("2480")), String(await organisationId("2283"))]);
    },
  },
  {
    name: "an import file",
    account: UMEA,
    path: async () => "/hantera/import",
    form: (page) => page.getByTestId("import-upload"),
    // No file chosen: refused.
    fill: async () => {},
    alert: (form) => form.page().locator(".message-error[role=alert]").first(),
  },
];

/** Every field as the form would post it (React's own $ACTION fields aside), and the pickers' visible choices. */
function snapshot(form: Locator) {
  return form.evaluate((element) => {
    const fields = [...(element as HTMLFormElement).elements]
      .filter(
        (c): c is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
          "name" in c && typeof c.name === "string" && c.name !== "" && !c.name.startsWith("$ACTION"),
      )
      .map((c) => {
        if (c instanceof HTMLInputElement && (c.type === "checkbox" || c.type === "radio"))
          return `${c.name}=${c.value}:${c.checked}`;
        if (c instanceof HTMLSelectElement)
          return `${c.name}=[${[...c.selectedOptions].map((o) => o.value).join(",")}]`;
        if (c instanceof HTMLInputElement && c.type === "file") return `${c.name}=(file)`;
        return `${c.name}=${c.value}`;
      });
    const chosen = [...element.querySelectorAll(".place-chosen, [data-testid='chosen-members']")].map(
      (e) => e.textContent ?? "",
    );
    return { fields, chosen };
  });
}

test.beforeAll(async () => {
  await query(`DELETE FROM "InventoryRound" WHERE status = 'OPEN'`);
  await query(
    `INSERT INTO "InventoryRound" (name, deadline, questions) VALUES ($1, now() + interval '14 days', $2)`,
    [ROUND, JSON.stringify({ questions: ["obstacles", "obstacleKinds", "addedValue", "coordination"] })],
  );
});

test.afterAll(async () => {
  await query(`DELETE FROM "InventoryRound" WHERE name = $1`, [ROUND]);
});

for (const locale of ["sv", "en"] as const)
  for (const c of CASES)
    test(`${locale}: ${c.name} keeps every value after a refusal and focuses the error summary`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      await signIn(page, c.account, locale);
      await page.goto(`${locale === "sv" ? "" : "/en"}${await c.path()}`);
      const form = c.form(page);
      await expect(form).toBeVisible();
      await c.fill(page, form, locale);
      const before = await snapshot(form);
      const changes = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent"`);
      await form.locator('button[type="submit"]').last().click();
      const alert = c.alert ? c.alert(form) : form.locator('.message-error[role="alert"]');
      await expect(alert).toBeVisible();
      await expect(alert).toBeFocused();
      expect(await snapshot(form)).toEqual(before);
      // Refused means nothing was written.
      expect(await query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent"`)).toEqual(changes);
      await expectNoAccessibilityViolations(page);
    });

test("the round stays open after the refused close", async () => {
  expect(
    await query(`SELECT id FROM "InventoryRound" WHERE name = $1 AND status = 'OPEN'`, [ROUND]),
  ).toHaveLength(1);
});

test("the English statistics name counties, groups and sources in English", async ({ page }) => {
  await page.goto("/en/statistik");
  const counties = page.locator('table[data-table="lan"]');
  await expect(counties).toContainText("Västerbotten County");
  await expect(counties).not.toContainText("län");
  // The trend's sources: the report's title as published, the rest in English.
  await expect(page.locator('table[data-table="utveckling"]')).toContainText("chapter 1 and footnotes 7–8");
  await expect(page.locator('table[data-table="utveckling"]')).not.toContainText("kapitel");
});
