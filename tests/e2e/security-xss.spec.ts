import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { watchCsp } from "./support/csp";
import { ADMIN, UMEA, query, signIn } from "./support/editing";
import { lastMailTo } from "./support/mail";
import { mapReady } from "./support/map";

// The XSS sweep: hostile text saved through every write path an officer or administrator has
// (partnership form, organisation profile, policy document, import file, invitation) and then
// looked at wherever it shows, public pages and signed-in ones, the map's hover labels and the
// exports. Each payload would set window.__xss or open a dialog if it ever ran; the page's
// Content-Security-Policy violations are a second witness (escaping should leave nothing for
// the policy to block). Everything written is taken away again at the end.

const TAG = "XSSPROBE";
/** A payload of the three classic shapes, named so that a run says which field leaked. */
const hostile = (field: string) =>
  `${TAG}-${field}<img src=x onerror="window.__xss='${field}'">"><svg onload="alert('${field}')"><script>window.__xss='${field}'</script>`;
const JAVASCRIPT_URL = "javascript:window.__xss='url'";
const FORMULA = '=HYPERLINK("https://evil.example","klicka")';
const INVITED = "xss.probe@example.org";

const profileBefore: Record<string, unknown>[] = [];

test.beforeAll(async () => {
  profileBefore.push(
    ...(await query(
      `SELECT "contactName", "contactTitle", "postalAddress", "website" FROM "Organisation" WHERE slug = 'umea'`,
    )),
  );
});

test.afterAll(async () => {
  const partnerships = (
    await query<{ id: number }>(
      `SELECT DISTINCT p.id FROM "Partnership" p JOIN "PartnershipPartner" x ON x."partnershipId" = p.id
        WHERE x.name LIKE $1 OR p.description LIKE $1 OR p.source LIKE 'Import av xss.csv%'`,
      [`%${TAG}%`],
    )
  ).map((r) => r.id);
  if (partnerships.length) {
    await query(
      `DELETE FROM "AuditEvent" WHERE "entityType" = 'Partnership' AND "entityId" = ANY($1::text[])`,
      [partnerships.map(String)],
    );
    await query(`DELETE FROM "Partnership" WHERE id = ANY($1::int[])`, [partnerships]);
  }
  await query(`DELETE FROM "AuditEvent" WHERE "entityType" = 'Import' AND after::text LIKE '%xss.csv%'`);
  const policies = (
    await query<{ id: number }>(`SELECT id FROM "PolicyDocument" WHERE title LIKE $1`, [`%${TAG}%`])
  ).map((r) => r.id);
  if (policies.length) {
    await query(
      `DELETE FROM "AuditEvent" WHERE "entityType" = 'PolicyDocument' AND "entityId" = ANY($1::text[])`,
      [policies.map(String)],
    );
    await query(`DELETE FROM "PolicyDocument" WHERE id = ANY($1::int[])`, [policies]);
  }
  const users = (await query<{ id: number }>(`SELECT id FROM "User" WHERE email = $1`, [INVITED])).map(
    (r) => r.id,
  );
  if (users.length) {
    await query(`DELETE FROM "AuditEvent" WHERE "entityType" = 'User' AND "entityId" = ANY($1::text[])`, [
      users.map(String),
    ]);
    await query(`DELETE FROM "User" WHERE id = ANY($1::int[])`, [users]);
  }
  const before = profileBefore[0];
  if (before) {
    await query(
      `UPDATE "Organisation" SET "contactName" = $1, "contactTitle" = $2, "postalAddress" = $3, "website" = $4,
              version = version + 1, "updatedAt" = now() WHERE slug = 'umea'`,
      [before.contactName, before.contactTitle, before.postalAddress, before.website],
    );
  }
});

/** Watches a page for anything a payload could do: the flag, a dialog, a blocked script. */
async function guard(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const csp = await watchCsp(page);
  return async (where: string) => {
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), where).toBeUndefined();
    expect(dialogs, where).toEqual([]);
    expect(await csp.violations(), where).toEqual([]);
    expect(csp.consoleMessages, where).toEqual([]);
  };
}

/** Visits a page, waits for its scripts and data, and checks that nothing ran. */
async function visit(page: Page, check: (where: string) => Promise<void>, path: string, ...shows: string[]) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  for (const text of shows) await expect(page.getByText(text).first(), `${path}: ${text}`).toBeAttached();
  await check(path);
}

/**
 * Hovers every marker the map drew and returns the hover labels. Each marker is an element (a
 * button named by its text); a marker outside the visible part of the map gets the mouseover
 * event itself.
 */
async function hoverMarkerLabels(page: Page, limit = 150): Promise<string[]> {
  const map = page.locator(".leaflet-map").first();
  // A member page's map loads when it comes near the screen, /karta's with a pointer over it.
  await map.scrollIntoViewIfNeeded();
  await mapReady(page);
  await map.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500); // the fit-to-bounds zoom animation ends
  const markers = map.locator(".leaflet-marker-icon.map-marker");
  const count = Math.min(await markers.count(), limit);
  expect(count).toBeGreaterThan(0);
  const labels = new Set<string>();
  for (let i = 0; i < count; i++) {
    await markers.nth(i).dispatchEvent("mouseover");
    // Read at once, without waiting: a tooltip may close again at any moment.
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll(".leaflet-tooltip")].map((t) => t.textContent ?? ""),
    );
    for (const label of shown) labels.add(label);
    await markers.nth(i).dispatchEvent("mouseout");
  }
  return [...labels];
}

test("hostile text saved through every form stays text everywhere it is shown", async ({ page, browser }) => {
  test.setTimeout(360_000);
  const check = await guard(page);
  await signIn(page, UMEA);

  // 1. A partnership: a whole country (Iceland, drawn at its capital) with the officer's own name
  //    for it, and a description that is also a spreadsheet formula.
  await page.goto("/hantera/umea/samarbeten/ny");
  await page.getByLabel("Vad är partnern?").selectOption("COUNTRY");
  await page.getByLabel("Land", { exact: true }).selectOption({ label: "Island" });
  await page.getByLabel("Kommunens namn på partnern (valfritt)").fill(hostile("partnerName"));
  await page.getByLabel("Beskrivning").fill(`${FORMULA} ${hostile("description")}`);
  await page.getByRole("button", { name: "Lägg till samarbetet" }).click();
  await page.waitForURL(/\/samarbeten\/\d+\?sparat=created$/);
  const editUrl = page.url().replace(/\?.*$/, "");
  await check("partnership saved");

  // 2. The organisation profile: a javascript: address is refused, the text fields are kept.
  await page.goto("/hantera/umea");
  const contacts = page.getByTestId("contacts-form");
  await contacts.getByLabel("Kontaktperson", { exact: true }).fill(hostile("contactName"));
  await contacts.getByLabel("Kontaktpersonens titel").fill(hostile("contactTitle"));
  await contacts.getByLabel("Postadress").fill(hostile("postalAddress"));
  await contacts.getByLabel("Webbplats", { exact: true }).fill(JAVASCRIPT_URL);
  await contacts.getByRole("button", { name: "Spara kontaktuppgifter" }).click();
  await expect(contacts.getByLabel("Webbplats", { exact: true })).toHaveAccessibleDescription(
    "Webbplatsen ska vara en webbadress som börjar med https://.",
  );
  const stored = await query<{ website: string | null }>(
    `SELECT website FROM "Organisation" WHERE slug = 'umea'`,
  );
  expect(String(stored[0]!.website)).not.toContain("javascript:");
  await contacts.getByLabel("Webbplats", { exact: true }).fill("");
  await contacts.getByRole("button", { name: "Spara kontaktuppgifter" }).click();
  await expect(page.getByText("Kontaktuppgifterna är sparade.")).toBeVisible();
  await check("profile saved");

  // 3. A policy document: the same, its link field included.
  await page.goto("/hantera/umea");
  await page.getByRole("link", { name: "Lägg till dokument" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Nytt styrdokument för Umeå kommun" }),
  ).toBeVisible();
  await page.getByLabel("Titel", { exact: true }).fill(hostile("policyTitle"));
  await page.getByLabel("Sammanfattning").fill(hostile("policySummary"));
  await page.getByLabel("Mål").fill(`${hostile("policyGoal")}\n${FORMULA}`);
  await page.getByLabel("Länk till dokumentet").fill(JAVASCRIPT_URL);
  await page.getByRole("button", { name: "Lägg till dokumentet" }).click();
  await expect(page.getByLabel("Länk till dokumentet")).toHaveAccessibleDescription(
    "Länken ska vara en webbadress som börjar med https://.",
  );
  // The refused save keeps what was typed, as text in the fields.
  await expect(page.getByLabel("Sammanfattning")).toHaveValue(hostile("policySummary"));
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(hostile("policyTitle"));
  await page.getByLabel("Länk till dokumentet").fill("");
  await page.getByRole("button", { name: "Lägg till dokumentet" }).click();
  await expect(page.getByText("Dokumentet är sparat.")).toBeVisible();
  await check("policy saved");

  // 4. An import file whose partner is hostile: previewed, then saved as free text for review.
  await page.goto("/hantera/import");
  const csvCell = (text: string) => `"${text.replaceAll('"', '""')}"`;
  await page.getByLabel("Fil (CSV eller XLSX, högst 512 kB)").setInputFiles({
    name: "xss.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `Kommun,Vänort,Land,Typ,Sedan\nUmeå,${csvCell(hostile("importPartner"))},Norway,Vänort,2001\n`,
    ),
  });
  await page.getByRole("button", { name: "Förhandsgranska" }).click();
  await expect(page.getByTestId("import-row-2")).toContainText(`${TAG}-importPartner`);
  await check("import preview");
  await page.getByRole("button", { name: "Importera markerade rader" }).click();
  await expect(page.getByTestId("import-result")).toContainText("1 nytt samarbete");
  await check("import committed");
  // It waits in the review queue; confirming it there publishes it.
  await visit(page, check, "/hantera/import/granska", `${TAG}-importPartner`);
  await page
    .getByTestId("review-queue")
    .getByRole("link", { name: new RegExp(`^Umeå kommun: ${TAG}-importPartner`) })
    .click();
  await page.getByRole("button", { name: "Bekräfta uppgifterna" }).click();
  await page.waitForURL(/sparat=confirmed/);
  await check("import confirmed");

  // 5. An invitation with a hostile name, by the administrator; the mail is plain text.
  const admin = await browser.newPage();
  const checkAdmin = await guard(admin);
  await signIn(admin, ADMIN);
  await admin.goto("/hantera/anvandare");
  const invite = admin.getByTestId("invite-form");
  await invite.getByLabel("Namn").fill(hostile("inviteName"));
  await invite.getByLabel("E-postadress").fill(INVITED);
  await invite.getByLabel("Kommuner och regioner", { exact: true }).selectOption({ label: "Umeå kommun" });
  await invite.getByRole("button", { name: "Skapa inbjudan" }).click();
  await expect(invite.getByRole("status")).toContainText(INVITED);
  const mail = await lastMailTo(INVITED);
  expect(mail.html).toBe(false);
  await visit(admin, checkAdmin, "/hantera/anvandare", `${TAG}-inviteName`);
  await admin.close();

  // Where it all shows: public pages in both languages, then the signed-in ones.
  for (const [path, shows] of [
    ["/kommun/umea", [`${TAG}-partnerName`, `${TAG}-importPartner`, `${TAG}-contactName`]],
    ["/en/kommun/umea", [`${TAG}-partnerName`, `${TAG}-importPartner`, `${TAG}-postalAddress`]],
    ["/kommun/umea/policy", [`${TAG}-policyTitle`, `${TAG}-policyGoal`]],
    ["/en/kommun/umea/policy", [`${TAG}-policyTitle`]],
    ["/samarbeten?land=IS", [`${TAG}-partnerName`]],
    ["/en/samarbeten?land=IS", [`${TAG}-partnerName`]],
    ["/samarbeten", []],
    ["/land/is", []],
    [`/sok?q=${TAG}`, []],
    ["/hantera/umea", []],
    [editUrl.replace(/^https?:\/\/[^/]+/, ""), []],
  ] as const) {
    await visit(page, check, path, ...shows);
  }

  // A javascript: address that reached the database some other way (a script, a seed) is no link.
  await query(
    `UPDATE "Organisation" SET website = $1, version = version + 1, "updatedAt" = now() WHERE slug = 'umea'`,
    [JAVASCRIPT_URL],
  );
  await query(`UPDATE "PolicyDocument" SET "sourceUrl" = $1 WHERE title LIKE $2`, [
    JAVASCRIPT_URL,
    `%${TAG}%`,
  ]);
  for (const path of ["/kommun/umea", "/kommun/umea/policy"]) {
    await visit(page, check, path);
    await expect(page.locator('a[href^="javascript:" i]'), path).toHaveCount(0);
  }

  // The maps' hover labels: the member page's map and /karta, in both languages.
  for (const path of ["/kommun/umea", "/en/kommun/umea", "/karta?land=IS", "/en/karta?land=IS"]) {
    await visit(page, check, path);
    const labels = await hoverMarkerLabels(page);
    expect(
      labels.some((l) => l.includes(`${TAG}-partnerName`)),
      `${path}: ${labels.join(" | ")}`,
    ).toBe(true);
    // The label is the name as text: its markup is characters, not elements.
    expect(
      await page.locator(".leaflet-tooltip img, .leaflet-tooltip svg, .leaflet-tooltip script").count(),
    ).toBe(0);
    await check(`${path} after hovering`);
  }
  await visit(page, check, "/karta");
  await hoverMarkerLabels(page, 60);
  await check("/karta after hovering");

  // The downloads: every cell a person typed that starts like a formula is made inert.
  for (const [path, delimiter] of [
    ["/samarbeten/export.csv?land=IS", ";"],
    ["/en/samarbeten/export.csv?land=IS", ","],
  ] as const) {
    const csv = await (await page.request.get(path)).text();
    const rows = parse(csv, { delimiter, bom: true, relax_column_count: true }) as string[][];
    const row = rows.find((r) => r.some((cell) => cell.includes(`${TAG}-partnerName`)));
    expect(row, path).toBeDefined();
    expect(
      row!.some((cell) => cell.startsWith(`'${FORMULA}`)),
      path,
    ).toBe(true);
    for (const cell of rows.flat()) expect(cell, path).not.toMatch(/^[=+@]/);
  }
  const json = await page.request.get("/samarbeten/export.json?land=IS");
  expect(json.headers()["content-type"]).toContain("application/json");
  expect(json.headers()["x-content-type-options"]).toBe("nosniff");
});
