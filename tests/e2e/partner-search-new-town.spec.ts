import { expect, test, type APIRequestContext } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { ADMIN, query, signIn } from "./support/editing";
import { lastMailTo } from "./support/mail";

// Issue 16: a town abroad that is not in the list ticks "My town is not in the list", shows where
// it is, and sends; the town waits for approval, invisible to the public, and the administrator's
// review says it is new. Swedish: approved, and the town is public. English: rejected, and the
// town is gone.

const CASES = [
  {
    locale: "sv",
    prefix: "",
    town: "Testivka <i>Nova</i>",
    contact: "olena.sv.e2e@testivka.example",
    approve: true,
    l: {
      country: "Land",
      ukraine: "Ukraina",
      place: "Ort",
      newTown: "Min ort finns inte i listan – lägg till den",
      latitude: "Latitud",
      longitude: "Longitud",
      area: "Kultur",
      description: "Beskriv er ort och vad ni söker",
      contactName: "Kontaktperson",
      contactEmail: "E-postadress",
      submit: "Skicka förfrågan",
      townField: "Er ort",
      anyField: "Ett fält i formuläret",
      notFound: /Ingen ort som heter ”Testivka <i>Nova<\/i>” finns i listan/,
      position: "Visa var orten ligger",
      sent: "Vi har skickat ett e-postmeddelande",
      confirm: "Bekräfta",
      badge: "ny ort",
      newPlace: "Ny ort, tillagd av avsändaren: Testivka <i>Nova</i> (49.5000, 36.2500)",
      decide: "Godkänn och publicera",
      saved: "Beslutet är sparat.",
    },
  },
  {
    locale: "en",
    prefix: "/en",
    town: "Testivka Stara",
    contact: "olena.en.e2e@testivka.example",
    approve: false,
    l: {
      country: "Country",
      ukraine: "Ukraine",
      place: "Place",
      newTown: "My town is not in the list – add it",
      latitude: "Latitude",
      longitude: "Longitude",
      area: "Culture",
      description: "Describe your town and what you are looking for",
      contactName: "Contact person",
      contactEmail: "E-mail address",
      submit: "Send the request",
      townField: "Your town",
      anyField: "A field in the form",
      notFound: /No place called “Testivka Stara” is in the list/,
      position: "Show where the town is",
      sent: "We have sent you an e-mail",
      confirm: "Confirm",
      badge: "new town",
      newPlace: "New town, added by the sender: Testivka Stara (49.5000, 36.2500)",
      decide: "Reject",
      saved: "The decision is saved.",
    },
  },
] as const;

/** The ids the public type-ahead offers for a name in Ukraine. */
async function typeAhead(request: APIRequestContext, q: string) {
  const response = await request.get(`/api/partner-search/places?q=${encodeURIComponent(q)}&country=UA`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { places: { id: number }[] }).places.map((p) => p.id);
}

for (const { locale, prefix, town, contact, approve, l } of CASES) {
  test(`a town not in the list is added, reviewed as new and ${approve ? "approved" : "rejected"} (${locale})`, async ({
    browser,
    page,
  }) => {
    test.skip((page.viewportSize()?.width ?? 1000) < 500, "the journey runs on the desktop project");
    test.setTimeout(120_000);
    await page.goto(`${prefix}/partnersokning/ny`);
    await page.getByLabel(l.country, { exact: true }).selectOption({ label: l.ukraine });
    await page.getByRole("combobox", { name: l.place }).fill(town);
    await page.getByLabel(l.area, { exact: true }).check();
    await page.getByLabel(l.description).fill("Our town seeks a Swedish partner for culture and schools.");
    await page.getByLabel(l.contactName).fill("Olena");
    await page.getByLabel(l.contactEmail).fill(contact);

    // A name that is in no list, without the box: refused, with the way out named.
    await expect(page.getByLabel(l.latitude)).toBeHidden();
    await page.getByRole("button", { name: l.submit }).click();
    await expect(page.getByText(l.notFound)).toBeVisible();
    // The error summary names each field by its label, not as "a field in the form".
    const summary = page.locator(".error-summary");
    await expect(summary.getByRole("link", { name: l.townField })).toBeVisible();
    await expect(summary).not.toContainText(l.anyField);

    // The box shows the position (the map, or typed); without one the form says so.
    await page.getByLabel(l.newTown).check();
    await expect(page.getByLabel(l.latitude)).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: l.submit }).click();
    await expect(page.getByText(l.position)).toBeVisible();
    await expect(page.getByLabel(l.newTown)).toBeChecked();
    await expect(page.getByRole("combobox", { name: l.place })).toHaveValue(town);
    await page.getByLabel(l.latitude).fill("49.5");
    await page.getByLabel(l.longitude).fill("36,25");
    await page.getByRole("button", { name: l.submit }).click();
    await expect(page.getByRole("status").filter({ hasText: l.sent })).toBeVisible();

    const link = /https?:\/\/\S+\/partnersokning\/bekrafta\/[A-Za-z0-9_-]+/.exec(
      (await lastMailTo(contact)).text ?? "",
    )![0];
    await page.goto(new URL(link).pathname);
    await page.getByRole("button", { name: l.confirm }).click();

    // The place waits, found nowhere public.
    const [row] = await query<{ id: number; placeId: number; awaitingApproval: boolean }>(
      `SELECT r.id, r."placeId", p."awaitingApproval" FROM "PartnerRequest" r JOIN "Place" p ON p.id = r."placeId"
        WHERE r."contactEmail" = $1`,
      [contact],
    );
    expect(row).toMatchObject({ awaitingApproval: true });
    expect(await typeAhead(page.request, town)).not.toContain(row!.placeId);
    expect((await page.goto(`/ort/${row!.placeId}`))!.status()).toBe(404);

    // The administrator's review says the town is new.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, ADMIN, locale);
    await admin.goto(`${prefix}/partnersokning/granska`);
    const item = admin.getByRole("listitem").filter({ hasText: town });
    await expect(item.getByText(l.badge, { exact: true })).toBeVisible();
    await expectNoAccessibilityViolations(admin);
    await item.getByRole("link").click();
    await expect(admin.getByTestId("new-place")).toContainText(l.newPlace);
    await expectNoAccessibilityViolations(admin);
    await admin.getByRole("button", { name: l.decide }).click();
    await expect(admin.getByRole("status").filter({ hasText: l.saved })).toBeVisible();
    await adminContext.close();

    if (approve) {
      expect(await typeAhead(page.request, town)).toContain(row!.placeId);
      await page.goto(`/ort/${row!.placeId}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(town);
      await page.goto(`/partnersokning/${row!.id}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(town);
    } else {
      expect(await query(`SELECT id FROM "Place" WHERE id = $1`, [row!.placeId])).toEqual([]);
      expect(await typeAhead(page.request, town)).not.toContain(row!.placeId);
    }
  });
}
