import { expect, test, type Page } from "@playwright/test";
import { ADMIN, signIn, UMEA } from "./support/editing";

// The feeds are found from the pages (<link rel="alternate">), the pages describe themselves in
// JSON-LD, and /oppna-data leads to the change list, the feeds and the DCAT-AP-SE catalogue.

async function jsonLd(page: Page) {
  const text = await page.locator('script[type="application/ld+json"]').textContent();
  return JSON.parse(text!) as { "@graph": Record<string, unknown>[] };
}

test("a member's page links its Atom feed and describes the member in JSON-LD", async ({ page, request }) => {
  await page.goto("/kommun/umea");
  const feedLink = page.locator('link[rel="alternate"][type="application/atom+xml"]');
  await expect(feedLink).toHaveAttribute("href", /^https?:\/\/[^/]+\/kommun\/umea\/flode\.atom$/);
  await expect(feedLink).toHaveAttribute("title", "Ändringar för Umeå kommun (Atom)");
  const feed = await request.get("/kommun/umea/flode.atom");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">');
  expect(xml).toContain("<title>Umeå kommun: ändringar i Vänortsregistret</title>");
  expect(xml).toMatch(/<entry>[\s\S]*<title>Nytt samarbete: Umeå kommun – /);

  const ld = await jsonLd(page);
  expect(ld["@graph"][0]).toMatchObject({ "@type": "GovernmentOrganization", name: "Umeå kommun" });
  expect(JSON.stringify(ld["@graph"][1])).toContain("https://sws.geonames.org/");

  await page.goto("/en/kommun/umea");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /^https?:\/\/[^/]+\/en\/kommun\/umea\/flode\.atom$/,
  );
});

test("the home page links the registry's feed in each language; place and country pages carry JSON-LD", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /^https?:\/\/[^/]+\/flode\.atom$/,
  );
  await page.goto("/en");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /^https?:\/\/[^/]+\/en\/flode\.atom$/,
  );
  const english = await request.get("/en/flode.atom");
  expect(await english.text()).toContain('xml:lang="en"');

  await page.goto("/ort/632978"); // Vaasa
  expect((await jsonLd(page))["@graph"][0]).toMatchObject({
    "@type": "Place",
    sameAs: ["https://sws.geonames.org/632978/"],
  });
  await page.goto("/land/fi");
  expect((await jsonLd(page))["@graph"][0]).toMatchObject({ "@type": "Country", identifier: "FI" });
});

test("/oppna-data leads to the change list, the feeds and the DCAT-AP-SE catalogue", async ({
  page,
  request,
}) => {
  await page.goto("/oppna-data");
  const section = page.getByRole("region", { name: "Ändringar, flöden, katalog och länkade data" });
  await expect(section).toBeVisible();
  const dcat = await section.getByRole("link", { name: /DCAT-AP-SE som RDF\/XML/ }).getAttribute("href");
  const catalogue = await request.get(dcat!);
  expect(catalogue.headers()["content-type"]).toBe("application/rdf+xml; charset=utf-8");
  expect(await catalogue.text()).toContain("http://www.w3.org/ns/dcat#Dataset");
  const changes = await request.get(
    (await section.getByRole("link", { name: /Ändringar från början/ }).getAttribute("href"))!,
  );
  const body = await changes.json();
  expect(body.changes.length).toBeGreaterThan(0);
  expect((await request.get(`/api/v1/changes?since=${body.next}`)).status()).toBe(200);
  expect((await request.get("/api/v1/changes?since=nonsense")).status()).toBe(400);
});

test("an administrator sets a member's Wikidata item: the page's JSON-LD and the member's feed show it", async ({
  page,
  browser,
  request,
}) => {
  await signIn(page, ADMIN);
  await page.goto("/hantera/solleftea");
  const form = page.getByTestId("wikidata-form");
  await form.getByLabel("Wikidata-objekt").fill("Q1 P31");
  await form.getByRole("button", { name: "Spara Wikidata-objekt" }).click();
  await expect(form.getByText("Ange ett Wikidata-objekt som Q följt av siffror")).toBeVisible();
  await form.getByLabel("Wikidata-objekt").fill("Q900777");
  await form.getByRole("button", { name: "Spara Wikidata-objekt" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Wikidata-objektet är sparat." })).toBeVisible();

  await page.goto("/kommun/solleftea");
  expect((await jsonLd(page))["@graph"][0]).toMatchObject({
    sameAs: expect.arrayContaining(["https://www.wikidata.org/entity/Q900777"]),
  });
  const feed = await (await request.get("/kommun/solleftea/flode.atom")).text();
  expect(feed).toMatch(/<entry>\s*<id>[^<]+<\/id>\s*<title>Ändrad profil: Sollefteå kommun<\/title>/);

  // Officers do not get the field.
  const officer = await browser.newPage();
  await signIn(officer, UMEA);
  await officer.goto("/hantera/umea");
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Umeå kommun");
  await expect(officer.getByTestId("wikidata-form")).toHaveCount(0);
  await officer.close();
});
