// Issue 14: an officer adds a place the gazetteer lacks from the import review queue, with the
// keyboard alone, in Swedish and in English; the place is then on its public page marked "added in
// the registry" and in the type-ahead. Runs in the desktop and the phone project (its name ends
// in editing.spec.ts), with axe on every state.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { UMEA, query, signIn } from "./support/editing";

const SOURCE = "Import av e2e-places.csv";
/** The place the officer adds (its first name). */
const PLACE_NAME = "Mänttä-Vilppula";

let partnershipId: number;

test.beforeAll(async () => {
  const [umea] = await query<{ id: number }>(`SELECT id FROM "Organisation" WHERE slug = 'umea'`);
  const [row] = await query<{ id: number }>(
    `INSERT INTO "Partnership" (kind, verification, source, "reviewNote", "updatedAt")
     VALUES ('TWIN_TOWN', 'NEEDS_REVIEW', $1, 'Ingen ort med namnet hittades.', now()) RETURNING id`,
    [SOURCE],
  );
  partnershipId = row!.id;
  await query(
    `INSERT INTO "PartnershipParticipant" ("partnershipId", "organisationId", "confirmedAt") VALUES ($1, $2, now())`,
    [partnershipId, umea!.id],
  );
  await query(
    `INSERT INTO "PartnershipPartner" ("partnershipId", type, name, "countryCode") VALUES ($1, 'FREE_TEXT', 'Mänttä-Vilppula', 'FI')`,
    [partnershipId],
  );
});

// What this spec wrote is taken away again (other specs count the seed), and only that: other
// specs' registry places (a partner request's new town) stay.
test.afterAll(async () => {
  await query(`DELETE FROM "Partnership" WHERE source = $1`, [SOURCE]);
  const places = await query<{ id: number }>(
    `SELECT id FROM "Place" WHERE source = 'REGISTRY' AND name = $1`,
    [PLACE_NAME],
  );
  const ids = places.map((p) => p.id);
  await query(`DELETE FROM "AuditEvent" WHERE "entityType" = 'Place' AND "entityId" = ANY($1::text[])`, [
    ids.map(String),
  ]);
  await query(`DELETE FROM "Place" WHERE id = ANY($1::int[])`, [ids]);
});

/** Moves the focus with Tab until it is on `target` (at most 80 presses): the keyboard's way there. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>) {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("the element was not reached with Tab");
}

test("an officer adds a missing place from the review queue with the keyboard, in Swedish and in English", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await signIn(page, UMEA);
  await page.goto("/hantera/import/granska");
  const add = page.getByRole("link", { name: "Lägg till ”Mänttä-Vilppula” som ort" });
  await expect(add).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await tabTo(page, add);
  await page.keyboard.press("Enter");

  await expect(
    page.getByRole("heading", { level: 1, name: "Lägg till en ort som saknas i ortregistret" }),
  ).toBeVisible();
  // The row's name and country are filled in.
  await expect(page.getByLabel("Namn 1", { exact: true })).toHaveValue("Mänttä-Vilppula");
  await expect(page.getByLabel(/^Land/)).toHaveValue("FI");
  await expect(page.locator(".position-map")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // Saved without a language, a kind or a position: the errors say what to do, in Swedish.
  const submit = page.getByRole("button", { name: "Lägg till orten" });
  await tabTo(page, submit);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Ange namnets språk som en kod på två eller tre bokstäver")).toBeVisible();
  await expect(page.getByText("Välj vad orten är: kommun, region, stad eller ö.")).toBeVisible();
  await expect(page.getByText("Latituden ska vara ett tal mellan -90 och 90").first()).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await tabTo(page, page.getByLabel("Språk för namn 1", { exact: true }));
  await page.keyboard.type("fi");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Mänttä-Vilppula stad");
  await page.keyboard.press("Tab");
  await page.keyboard.type("sv");
  await tabTo(page, page.getByLabel(/^Slag av ort/));
  await page.keyboard.press("ArrowDown"); // the first kind after "Välj slag": Kommun
  await expect(page.getByLabel(/^Slag av ort/)).toHaveValue("MUNICIPALITY");
  await tabTo(page, page.getByLabel("Latitud", { exact: true }));
  await page.keyboard.type("62,0297");
  await page.keyboard.press("Tab");
  await page.keyboard.type("24,6236");
  // The typed position puts the marker on the map.
  await expect(page.locator(".position-marker")).toHaveCount(1);
  await tabTo(page, submit);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/hantera\/umea\/orter\/\d+\?sparat=placeCreated&fran=granska$/);
  await expect(page.getByText("Orten är tillagd. Den hittas nu i ortlistan och vid import.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Tillbaka till granskningskön" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const id = Number(new URL(page.url()).pathname.split("/").at(-1));
  expect(id).toBeGreaterThan(2_000_000_000);

  const [stored] = await query<{ names: unknown; latitude: number; kind: string; addedForSlug: string }>(
    `SELECT p.names, p.latitude, p.kind, o.slug AS "addedForSlug" FROM "Place" p JOIN "Organisation" o ON o.id = p."addedForId" WHERE p.id = $1`,
    [id],
  );
  expect(stored).toEqual({
    names: [
      { name: "Mänttä-Vilppula", lang: "fi" },
      { name: "Mänttä-Vilppula stad", lang: "sv" },
    ],
    latitude: 62.0297,
    kind: "MUNICIPALITY",
    addedForSlug: "umea",
  });
  const audits = await query(`SELECT 1 FROM "AuditEvent" WHERE "entityType" = 'Place' AND "entityId" = $1`, [
    String(id),
  ]);
  expect(audits).toHaveLength(1);

  // Found by the type-ahead, marked as added in the registry; shown so on its public page.
  const typeahead = await page.request.get(`/api/places?q=${encodeURIComponent("Mänttä")}&country=FI`);
  const { places } = (await typeahead.json()) as { places: { id: number; addedInRegistry: boolean }[] };
  expect(places.find((p) => p.id === id)).toMatchObject({ addedInRegistry: true });
  await page.goto(`/ort/${id}`);
  await expect(page.getByTestId("added-in-registry")).toHaveText("Tillagd i registret");
  await expectNoAccessibilityViolations(page);

  // In English: the same form, its refusals in English, axe-clean.
  await page.goto(`/en/hantera/umea/orter/ny?namn=${encodeURIComponent("Sastamala")}&land=FI&fran=granska`);
  await expect(
    page.getByRole("heading", { level: 1, name: "Add a place the gazetteer lacks" }),
  ).toBeVisible();
  await expect(page.getByLabel("Name 1", { exact: true })).toHaveValue("Sastamala");
  await expectNoAccessibilityViolations(page);
  await tabTo(page, page.getByLabel("Wikidata id (optional)", { exact: true }));
  await page.keyboard.type("Sastamala");
  const addEn = page.getByRole("button", { name: "Add the place" });
  await tabTo(page, addEn);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Enter a Wikidata item as Q followed by digits")).toBeVisible();
  await expect(
    page.getByText("Choose what the place is: a municipality, a region, a town or an island."),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);
  testInfo.annotations.push({ type: "place", description: String(id) });
});
