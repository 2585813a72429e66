import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { SOLLEFTEA, UMEA, query, signIn } from "./support/editing";

// Co-participants need consent: Umeå's officer adds Sollefteå to a twin town; it does not show
// on Sollefteå's public page until Sollefteå's officer confirms the request on the dashboard.
// The partnership is removed at the end so the other specs keep seeing the seeded pages.
test("a co-participant added by another member shows on its page only once its officer confirms", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, UMEA);
  await page.goto("/hantera/umea/samarbeten/ny");
  await page.getByLabel("Vad är partnern?").selectOption("COUNTRY");
  await page.getByLabel("Land", { exact: true }).selectOption({ label: "Chile" });
  // Umeå is there already; Sollefteå is added through the searchable list, by keyboard.
  await expect(page.getByTestId("chosen-members").getByRole("listitem")).toHaveText([/^Umeå kommun/]);
  const members = page.getByRole("combobox", { name: "Svenska deltagare" });
  await members.fill("Sollef");
  await expect(page.getByRole("listbox", { name: "Svenska deltagare" }).getByRole("option")).toHaveText([
    "Sollefteå kommun",
  ]);
  await members.press("ArrowDown");
  await members.press("Enter");
  await expect(page.getByTestId("chosen-members").getByRole("listitem")).toHaveText([
    /^Umeå kommun/,
    /^Sollefteå kommun/,
  ]);
  await page.getByRole("button", { name: "Lägg till samarbetet" }).click();
  await page.waitForURL(/\/hantera\/umea\/samarbeten\/\d+\?sparat=created$/);
  const id = Number(/samarbeten\/(\d+)/.exec(page.url())![1]);
  const participants = () =>
    query<{ code: string; confirmed: boolean }>(
      `SELECT o.code, pp."confirmedAt" IS NOT NULL AS confirmed FROM "PartnershipParticipant" pp
         JOIN "Organisation" o ON o.id = pp."organisationId" WHERE pp."partnershipId" = $1 ORDER BY o.code`,
      [id],
    );
  expect(await participants()).toEqual([
    { code: "2283", confirmed: false },
    { code: "2480", confirmed: true },
  ]);

  // Umeå's own list says whom it waits for; Umeå's page shows the twin town, Sollefteå's does not.
  await page.goto("/hantera/umea");
  await expect(page.getByTestId("pending-participant")).toHaveText([
    "Sollefteå kommun (väntar på bekräftelse)",
  ]);
  await expect(page.getByTestId("participation-requests")).toHaveCount(0);
  await page.goto("/kommun/umea");
  await expect(
    page.getByRole("table", { name: "Vänorter" }).getByRole("rowheader", { name: "Chile" }),
  ).toBeVisible();
  await page.goto("/kommun/solleftea");
  await expect(page.getByRole("heading", { level: 1, name: "Sollefteå kommun" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Chile" })).toHaveCount(0);

  // Sollefteå's officer sees the request, in English too.
  await page.context().clearCookies();
  await signIn(page, SOLLEFTEA, "en");
  const englishRequest = page.getByTestId("participation-request");
  await expect(
    page.getByRole("heading", { level: 2, name: "Requests to take part in cooperations" }),
  ).toBeVisible();
  await expect(englishRequest).toHaveText(
    /Umeå kommun added Sollefteå kommun as a participant: twin town with Chile\./,
  );
  await expect(englishRequest.getByRole("button", { name: "Confirm" })).toBeVisible();
  await expect(englishRequest.getByRole("button", { name: "Decline" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.goto("/hantera");
  const request = page.getByTestId("participation-request");
  await expect(request).toHaveCount(1);
  await expect(request).toContainText(
    "Umeå kommun har lagt till Sollefteå kommun som deltagare: vänort med Chile.",
  );
  await expectNoAccessibilityViolations(page);
  // Before confirming it is not Sollefteå's to edit.
  expect((await page.goto(`/hantera/solleftea/samarbeten/${id}`))?.status()).toBe(404);
  await page.goto("/hantera/solleftea");
  await expect(page.getByTestId("participation-request")).toHaveCount(1);
  await page.getByTestId("participation-request").getByRole("button", { name: "Bekräfta" }).click();
  await page.waitForURL(/\/hantera\/solleftea\?sparat=participationConfirmed$/);
  await expect(
    page.getByText("Deltagandet är bekräftat. Samarbetet visas nu på er offentliga sida."),
  ).toBeVisible();
  await expect(page.getByTestId("participation-requests")).toHaveCount(0);
  await expect(
    page.getByTestId("managed-partnerships").getByRole("rowheader", { name: "Chile" }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
  expect(await participants()).toEqual([
    { code: "2283", confirmed: true },
    { code: "2480", confirmed: true },
  ]);

  await page.goto("/kommun/solleftea");
  await expect(
    page.getByRole("table", { name: "Vänorter" }).getByRole("rowheader", { name: "Chile" }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Clean up: confirmed, Sollefteå may now remove it (reversibly).
  await page.goto(`/hantera/solleftea/samarbeten/${id}`);
  // The history names the confirmation.
  await expect(
    page
      .getByTestId("history-entry")
      .first()
      .getByRole("row", { name: /Bekräftade deltagare/ }),
  ).toContainText("Sollefteå kommun, Umeå kommun");
  await page.getByRole("button", { name: "Ta bort samarbetet" }).click();
  await expect(page.getByText("Samarbetet är borttaget. Du kan återställa det nedan.")).toBeVisible();
});
