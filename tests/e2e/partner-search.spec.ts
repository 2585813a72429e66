import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { ADMIN, UMEA, addCountryPartnership, query, signIn } from "./support/editing";
import { lastMailTo } from "./support/mail";

// The partner search (issue 16): a town abroad asks for a Swedish partner, confirms by mail, an
// administrator approves, an officer finds it by filter, answers "we are interested" and later
// closes it with the new partnership. Axe in both languages; the phone project checks that no
// page of the board scrolls sideways at 360 px.

const CONTACT = "mari.e2e@tartu.example";
const HOSTILE = `<img src=x onerror="window.__xss=1">`;

async function noSidewaysScroll(page: Page) {
  const { width, viewport } = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(width, `${page.url()} is ${width} px wide`).toBeLessThanOrEqual(viewport);
}

test.describe("partner search journey", () => {
  test.skip(({ viewport }) => (viewport?.width ?? 1000) < 500, "the journey runs on the desktop project");

  test("a town abroad submits, the administrator approves, an officer answers and closes it", async ({
    browser,
    page,
  }) => {
    test.setTimeout(120_000);
    // 1. The public form, in English, with the gazetteer type-ahead.
    await page.goto("/en/partnersokning/ny");
    await expect(
      page.getByRole("heading", { level: 1, name: "Looking for a Swedish partner" }),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Cities4Cities" })).toHaveAttribute("href", /cities4cities/);
    await expectNoAccessibilityViolations(page);
    await page.getByLabel("Country", { exact: true }).selectOption({ label: "Estonia" });
    const town = page.getByRole("combobox", { name: "Place" });
    await town.fill("Tartu");
    await page
      .getByRole("option", { name: /^Tartu/ })
      .first()
      .click();
    await expect(page.locator(".place-chosen")).toContainText("Tartu");
    await page.getByLabel("Culture", { exact: true }).check();
    await page
      .getByLabel("Describe your town and what you are looking for")
      .fill(`Tartu seeks a Swedish twin town for culture and schools. ${HOSTILE}`);
    await page.getByLabel("Contact person").fill("Mari Maasikas");
    await page.getByLabel("E-mail address").fill(CONTACT);
    await page.getByRole("button", { name: "Send the request" }).click();
    await expect(page.getByRole("status").filter({ hasText: "We have sent you an e-mail" })).toBeVisible();

    // 2. The mailed link, then the button on its page.
    const mail = await lastMailTo(CONTACT);
    const link = /https?:\/\/\S+\/partnersokning\/bekrafta\/[A-Za-z0-9_-]+/.exec(mail.text ?? "")![0];
    await page.goto(new URL(link).pathname);
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("status").filter({ hasText: "An administrator reviews" })).toBeVisible();

    // Nothing public yet: not on the board, its page is not found, not in the API.
    const [row] = await query<{ id: number }>(`SELECT id FROM "PartnerRequest" WHERE "contactEmail" = $1`, [
      CONTACT,
    ]);
    const id = row!.id;
    await page.goto("/partnersokning?fran=utland");
    await expect(page.getByRole("link", { name: /Tartu/ })).toHaveCount(0);
    expect((await page.goto(`/partnersokning/${id}`))!.status()).toBe(404);
    expect(await (await page.request.get("/api/v1/partner-requests")).text()).not.toContain("Tartu seeks");

    // 3. The administrator approves it from the queue.
    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, ADMIN);
    await adminPage.goto("/partnersokning/granska");
    await expectNoAccessibilityViolations(adminPage);
    await adminPage.getByRole("link", { name: /Tartu/ }).click();
    await adminPage.getByRole("button", { name: "Godkänn och publicera" }).click();
    await expect(adminPage.getByRole("status").filter({ hasText: "Beslutet är sparat." })).toBeVisible();
    await adminContext.close();

    // The public sees it now, but never the contact.
    await page.goto(`/partnersokning/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Tartu");
    await expect(page.getByText(HOSTILE)).toBeVisible(); // shown as text
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.content()).not.toContain(CONTACT);
    await expect(page.getByTestId("suggestions")).toBeVisible();
    await expectNoAccessibilityViolations(page);
    const api = await (await page.request.get("/api/v1/partner-requests?land=EE")).text();
    expect(api).toContain("Tartu seeks");
    expect(api).not.toContain(CONTACT);

    // 4. The officer of Umeå finds it by filter, sees the contact and answers.
    const officerContext = await browser.newContext();
    const officer = await officerContext.newPage();
    await signIn(officer, UMEA);
    await officer.goto("/partnersokning");
    await officer.getByLabel("Vem söker").selectOption({ label: "Orter i andra länder" });
    await officer.getByLabel("Land", { exact: true }).selectOption({ label: "Estland" });
    await officer.getByLabel("Samarbetsområde").selectOption({ label: "Kultur" });
    await officer.getByRole("button", { name: "Visa förfrågningar" }).click();
    await expect(officer).toHaveURL(/fran=utland/);
    await expect(officer).toHaveURL(/land=EE/);
    await expectNoAccessibilityViolations(officer);
    await officer.getByRole("link", { name: /Tartu/ }).click();
    await expect(officer.getByTestId("request-contact")).toContainText(CONTACT);
    await officer.getByLabel("Meddelande till avsändaren").fill("Umeå vill gärna samarbeta.");
    await officer.getByRole("button", { name: "Vi är intresserade" }).click();
    await expect(
      officer.getByRole("status").filter({ hasText: "Ert intresse är registrerat" }),
    ).toBeVisible();
    const answer = await lastMailTo(CONTACT);
    expect(answer.subject).toContain("Umeå kommun");
    expect(answer.text).toContain("Umeå vill gärna samarbeta.");

    // The dashboard suggests it to Umeå.
    await officer.goto("/hantera");
    await expect(
      officer.getByTestId("partner-search-dashboard").getByRole("link", { name: /Tartu/ }),
    ).toBeVisible();

    // 5. Later: a new partnership with Estonia, and the request is closed with it.
    const partnership = await addCountryPartnership(officer, "umea", "Estland");
    await officer.goto(`/partnersokning/${id}`);
    await officer.getByLabel("Samarbetet som förfrågan ledde till").selectOption(String(partnership));
    await officer.getByRole("button", { name: "Stäng förfrågan" }).click();
    await expect(officer.getByRole("status").filter({ hasText: "Förfrågan är stängd." })).toBeVisible();
    await expect(officer.getByText("Den ledde till ett nytt samarbete.")).toBeVisible();
    // Clean up: a reversible removal hides the partnership again (later specs count Umeå's).
    await officer.goto(`/hantera/umea/samarbeten/${partnership}`);
    await officer.getByRole("button", { name: "Ta bort samarbetet" }).click();
    await expect(officer.getByText("Samarbetet är borttaget.", { exact: false })).toBeVisible();
    await officerContext.close();
    await page.goto("/partnersokning?fran=utland&land=EE");
    await expect(page.getByRole("link", { name: /Tartu/ })).toHaveCount(0);
  });

  test("an officer publishes a request; the member's page says it is seeking", async ({ page }) => {
    await signIn(page, UMEA);
    await page.goto("/partnersokning/publicera");
    await expectNoAccessibilityViolations(page);
    await page.getByLabel("Länder").selectOption({ label: "Polen" });
    await page.getByLabel("Kultur", { exact: true }).check();
    await page.getByLabel("Sida/ICLD").check();
    await page
      .getByLabel("Beskrivning på svenska")
      .fill("Umeå söker en vänort i Polen för kultur och skolutbyten.");
    await page.getByRole("button", { name: "Publicera" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Förfrågan är publicerad." })).toBeVisible();
    await page.goto("/partnersokning?finansiering=sida_icld&land=PL");
    await expect(page.getByRole("link", { name: "Umeå kommun söker en vänort" })).toBeVisible();
    await page.goto("/kommun/umea");
    await expect(page.getByTestId("member-seeking")).toContainText("Vänort i Polen");
    await page.goto("/en/kommun/umea");
    await expect(page.getByTestId("member-seeking")).toContainText("Twin town in Poland");
    // Withdrawn: closed without a partnership, it leaves the board and the member's page.
    await page.getByTestId("member-seeking").getByRole("link").click();
    await page.getByRole("button", { name: "Close the request" }).click();
    await expect(page.getByRole("status").filter({ hasText: "The request is closed." })).toBeVisible();
    await page.goto("/kommun/umea");
    await expect(page.getByTestId("member-seeking")).toHaveCount(0);
  });

  test("a refused public form keeps what was typed and says why, in English", async ({ page }) => {
    await page.goto("/en/partnersokning/ny");
    await page.getByLabel("Describe your town and what you are looking for").fill("Too short");
    await page.getByRole("button", { name: "Send the request" }).click();
    await expect(page.locator(".message-error")).toBeVisible();
    await expect(
      page.getByText("Describe what you are looking for in at least 20 characters."),
    ).toBeVisible();
    await expect(page.getByLabel("Describe your town and what you are looking for")).toHaveValue("Too short");
    await expectNoAccessibilityViolations(page);
  });
});

for (const locale of ["sv", "en"] as const) {
  test(`the board's pages are accessible and fit the screen (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    const prefix = locale === "sv" ? "" : "/en";
    const [open] = await query<{ id: number }>(
      `SELECT id FROM "PartnerRequest" WHERE status = 'OPEN' ORDER BY id LIMIT 1`,
    );
    const paths = ["/partnersokning", "/partnersokning/ny", ...(open ? [`/partnersokning/${open.id}`] : [])];
    for (const path of paths) {
      await page.goto(`${prefix}${path}`);
      await expectNoAccessibilityViolations(page);
      await noSidewaysScroll(page);
    }
    await signIn(page, UMEA, locale);
    for (const path of ["/partnersokning/publicera", "/hantera"]) {
      await page.goto(`${prefix}${path}`);
      await expectNoAccessibilityViolations(page);
      await noSidewaysScroll(page);
    }
  });
}

// Issue 16's "my town is not in the list" opens the position picker (a map) in the public form.
test("the public form's new-town position fits the screen", async ({ page }) => {
  await page.goto("/partnersokning/ny");
  await page.getByLabel("Min ort finns inte i listan – lägg till den").check();
  await expect(page.getByLabel("Latitud")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await noSidewaysScroll(page);
});
