import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { ADMIN, UMEA, partnershipId, query, signIn } from "./support/editing";

// The Umeå officer's journey: sign in, add a twin town through the gazetteer, edit it, end
// it, restore an earlier version, and see each step on the public page. The partnership is
// removed at the end so the public-page specs keep seeing the seeded Umeå.
test("the Umeå officer adds, edits, ends and restores a twin town and the public page follows", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/hantera");
  await expect(page).toHaveURL(/\/logga-in\?tillbaka=%2Fhantera$/);
  await expectNoAccessibilityViolations(page);
  await signIn(page, UMEA);
  await expect(page.getByRole("link", { name: "Umeå kommun" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sollefteå kommun" })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await expect(page).toHaveTitle("Hantera uppgifter – Vänortsregistret");
  await page.getByRole("link", { name: "Umeå kommun" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Umeå kommun" })).toBeVisible();
  // Each signed-in page names itself (WCAG 2.4.2), the member's pages the member too.
  await expect(page).toHaveTitle("Umeå kommun – Hantera uppgifter – Vänortsregistret");
  await expect(
    page.getByTestId("managed-partnerships").getByRole("rowheader", { name: "Vasa (Vaasa)" }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole("link", { name: "Lägg till samarbete" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nytt samarbete för Umeå kommun" })).toBeVisible();
  await expect(page).toHaveTitle("Nytt samarbete – Umeå kommun – Hantera uppgifter – Vänortsregistret");
  // The gazetteer type-ahead: alternate names, filtered by country, with admin area and population.
  await page.getByLabel("Sök bara i land").selectOption({ label: "Estland" });
  const place = page.getByRole("combobox", { name: "Ort" });
  await place.fill("Dorpat"); // Tartu's German name
  const options = page.getByRole("listbox", { name: "Ort" }).getByRole("option");
  await expect(options.first()).toContainText("Tartu");
  await expect(options.first()).toContainText("Estland");
  await expect(options.first()).toContainText("invånare");
  await expectNoAccessibilityViolations(page);
  await place.press("ArrowDown"); // no hit is active until the user moves to one
  await place.press("Enter");
  await expect(page.getByText("Vald ort: Tartu")).toBeVisible();
  await expect(page.getByRole("img", { name: /Kartskiss: Tartu/ })).toBeVisible();
  await page.getByLabel("Aktivitetsgrad").selectOption({ label: "Aktiv" });
  await page.getByLabel("Startår").fill("1995");
  await page.getByRole("checkbox", { name: "Kultur" }).check();
  await page.getByLabel("Beslut").fill("Kommunfullmäktige 1995-05-02 § 12");
  await page.getByRole("button", { name: "Lägg till samarbetet" }).click();
  await expect(page).toHaveURL(/\/hantera\/umea\/samarbeten\/\d+\?sparat=created$/);
  await expect(page.getByText("Samarbetet är tillagt.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Redigera samarbete: Tartu" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const editUrl = page.url().replace(/\?.*$/, "");

  await page.goto("/kommun/umea");
  await expect(
    page.getByRole("table", { name: "Vänorter" }).getByRole("rowheader", { name: "Tartu" }),
  ).toBeVisible();

  // Edit: the activity level changes.
  await page.goto(editUrl);
  await page.getByLabel("Aktivitetsgrad").selectOption({ label: "Sporadisk" });
  await page.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(page.getByText("Ändringarna är sparade.")).toBeVisible();
  await expect(page.getByText("Version 2", { exact: true })).toBeVisible();
  await page.goto("/kommun/umea");
  await expect(
    page.getByRole("table", { name: "Vänorter" }).getByRole("row", { name: /Tartu/ }),
  ).toContainText("Sporadisk");

  // End it: it leaves the current twin towns and stays as history.
  await page.goto(editUrl);
  await page.getByLabel("Slutdatum").fill("2024-12-31");
  await page.getByLabel("Skäl").fill("Samarbetet har inte haft någon aktivitet på flera år.");
  await page.getByLabel("Beslut om att avsluta").fill("KS 2024-12-10 § 200");
  await page.getByRole("button", { name: "Avsluta samarbetet" }).click();
  await expect(page.getByText("Samarbetet är avslutat.")).toBeVisible();
  await expect(page.getByText("Samarbetet avslutades 2024-12-31.")).toBeVisible();
  await page.goto("/kommun/umea");
  await expect(
    page.getByRole("table", { name: "Vänorter" }).getByRole("rowheader", { name: "Tartu" }),
  ).toHaveCount(0);
  await expect(page.getByRole("rowheader", { name: "Tartu" }).first()).toBeVisible();

  // History: three versions; restore the one before the end (the second newest).
  await page.goto(editUrl);
  const entries = page.getByTestId("history-entry");
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText("Ändrat av Demo Handläggare Umeå");
  await expect(entries.nth(0).getByRole("row", { name: /Slutdatum/ })).toContainText("2024-12-31");
  await expect(entries.nth(1).getByRole("row", { name: /Aktivitetsgrad/ })).toContainText("Sporadisk");
  await expect(entries.nth(0).getByRole("heading", { level: 3 })).toContainText("Version 3:");
  await expectNoAccessibilityViolations(page);
  // Each restore button names its version; restoring asks for the box to be ticked first.
  const restoreTwo = entries
    .nth(1)
    .getByRole("button", { name: /^Återställ version 2 från \d{4}-\d{2}-\d{2} / });
  await restoreTwo.click();
  const confirmBox = entries.nth(1).getByLabel("Jag vill återställa version 2.", { exact: false });
  await expect(confirmBox).toHaveAccessibleDescription(/Kryssa i rutan för att bekräfta/);
  await expect(page.getByTestId("history-entry")).toHaveCount(3);
  await confirmBox.check();
  await restoreTwo.click();
  await expect(page.getByText("Den tidigare versionen är återställd som en ny version.")).toBeVisible();
  await expect(page.getByText("Samarbetet avslutades")).toHaveCount(0);
  await expect(page.getByTestId("history-entry")).toHaveCount(4);
  await expect(page.getByTestId("history-entry").first()).toContainText("Återställt från version 2");

  await page.goto("/kommun/umea");
  await expect(
    page.getByRole("table", { name: "Vänorter" }).getByRole("row", { name: /Tartu/ }),
  ).toContainText("Sporadisk");
  await expectNoAccessibilityViolations(page);

  // Clean up: a reversible removal hides it from the public page again.
  await page.goto(editUrl);
  await page.getByRole("button", { name: "Ta bort samarbetet" }).click();
  await expect(page.getByText("Samarbetet är borttaget. Du kan återställa det nedan.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Återställ samarbetet" })).toBeVisible();
  const id = Number(/samarbeten\/(\d+)/.exec(editUrl)![1]);
  const [row] = await query<{ removedAt: Date | null; version: number }>(
    `SELECT "removedAt", version FROM "Partnership" WHERE id = $1`,
    [id],
  );
  expect(row!.removedAt).not.toBeNull();
  expect(row!.version).toBe(5);
});

test("invalid input shows the Swedish message next to the field and stores nothing", async ({ page }) => {
  await signIn(page, UMEA);
  const before = (await query<{ count: string }>(`SELECT count(*) FROM "Partnership"`))[0]!.count;
  await page.goto("/hantera/umea/samarbeten/ny");
  await page.getByLabel("Typ av samarbete").selectOption({ label: "Kommunalt partnerskap" });
  await page.getByLabel("Aktivitetsgrad").selectOption({ label: "Aktiv" });
  const area = page.getByRole("group", { name: "Samarbetsområden" }).getByRole("checkbox").first();
  await area.check();
  await page.getByLabel("Vad är partnern?").selectOption("COUNTRY");
  await page.getByLabel("Land", { exact: true }).selectOption({ label: "Norge" });
  await page.getByLabel("Startår").fill("1850");
  await page.getByLabel("Beskrivning").fill("Det här ska finnas kvar");
  await page.getByRole("button", { name: "Lägg till samarbetet" }).click();
  const alert = page.locator("main").getByRole("alert");
  await expect(alert).toContainText("Uppgifterna sparades inte. Rätta fälten som är markerade.");
  // The refusal takes the focus to the summary, whose items lead to the fields.
  await expect(alert).toBeFocused();
  // Every choice is still the user's: selects, checkboxes and text.
  await expect(page.getByLabel("Typ av samarbete")).toHaveValue("MUNICIPAL_PARTNERSHIP");
  await expect(page.getByLabel("Aktivitetsgrad")).toHaveValue("ACTIVE");
  await expect(area).toBeChecked();
  await expect(page.getByLabel("Vad är partnern?")).toHaveValue("COUNTRY");
  await expect(page.getByLabel("Land", { exact: true })).toHaveValue("NO");
  await alert.getByRole("link", { name: "Startår", exact: true }).click();
  const startYear = page.getByLabel("Startår");
  await expect(startYear).toBeFocused();
  await expect(startYear).toHaveAttribute("aria-invalid", "true");
  await expect(startYear).toHaveAccessibleDescription(
    `Startåret måste vara ett årtal mellan 1900 och ${new Date().getFullYear()}.`,
  );
  await expect(startYear).toHaveValue("1850");
  await expect(page.getByLabel("Beskrivning")).toHaveValue("Det här ska finnas kvar");
  await expect(page).toHaveURL("/hantera/umea/samarbeten/ny");
  await expectNoAccessibilityViolations(page);
  const after = (await query<{ count: string }>(`SELECT count(*) FROM "Partnership"`))[0]!.count;
  expect(after).toBe(before);
});

test("the English signed-in area", async ({ page }) => {
  await signIn(page, UMEA, "en");
  await expect(page.getByRole("heading", { level: 1, name: "Manage information" })).toBeVisible();
  await page.getByRole("link", { name: "Umeå kommun" }).click();
  await expect(page).toHaveURL("/en/hantera/umea");
  await expect(page.getByRole("heading", { name: "Partnerships" })).toBeVisible();
  await expect(page).toHaveTitle("Umeå kommun – Manage information – Vänortsregistret");
  await expect(page.getByRole("button", { name: "Confirm that our information is current" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("on the English pages the rule messages are English", async ({ page }) => {
  // The seeded partnership with a start year: Östersund–Sundsvall–Trondheim (1999), edited by the administrator.
  await signIn(page, ADMIN, "en");
  const id = await partnershipId("2380", "Trondheim");
  const state = async () =>
    (
      await query<{ version: number; startYear: number; endedOn: Date | null }>(
        `SELECT version, "startYear", "endedOn" FROM "Partnership" WHERE id = $1`,
        [id],
      )
    )[0]!;
  const before = await state();
  expect(before).toMatchObject({ startYear: 1999, endedOn: null });
  const { slug } = (await query<{ slug: string }>(`SELECT slug FROM "Organisation" WHERE code = '2380'`))[0]!;
  await page.goto(`/en/hantera/${slug}/samarbeten/${id}`);
  await page.getByLabel("End date").fill("1998-12-31");
  await page.getByRole("button", { name: "End the partnership" }).click();
  const endedOn = page.getByLabel("End date");
  await expect(endedOn).toHaveAttribute("aria-invalid", "true");
  await expect(endedOn).toHaveAccessibleDescription(
    "The end date cannot be before the start year 1999. Change the end date or the start year.",
  );
  await expect(page.locator(".field-errors [lang=sv]")).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  expect(await state()).toEqual(before);
});
