import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";
import { openFilters } from "./support/filters";

// The member's own name with the town's own name whenever they differ (partner-label.ts) ...
const UMEA_TWIN_TOWNS = [
  "Vasa (Vaasa)",
  "Harstad",
  "Helsingör (Helsingør)",
  "Würzburg",
  "Petrozavodsk",
  "Saskatoon",
];
// ... and GeoNames' name on English pages.
const UMEA_TWIN_TOWNS_EN = ["Vaasa", "Harstad", "Helsingør", "Würzburg", "Petrozavodsk", "Saskatoon"];

/** Every request a page makes must stay on this site: no CDN, fonts, analytics or tiles. */
function recordForeignRequests(page: Page, baseURL: string) {
  const foreign: string[] = [];
  const own = new URL(baseURL).host;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["data:", "blob:"].includes(url.protocol) && url.host !== own) foreign.push(request.url());
  });
  return foreign;
}

test("a citizen searches Umeå from the home page and reaches its six vänorter", async ({ page, baseURL }) => {
  const foreign = recordForeignRequests(page, baseURL!);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Sveriges vänorter och internationella samarbeten",
  );
  await expect(page.locator(".key-figures li")).toHaveCount(4);
  await expectNoAccessibilityViolations(page);

  await page.getByLabel("Sök kommun, region, vänort eller land").fill("Umeå");
  await expect(page.getByRole("status")).toContainText("träff");
  await page.getByRole("link", { name: "Umeå kommun" }).click();
  await expect(page).toHaveURL(/\/kommun\/umea$/);
  await expect(page.getByRole("table", { name: "Vänorter" }).locator("tbody th")).toHaveText(UMEA_TWIN_TOWNS);
  await expectNoAccessibilityViolations(page);
  expect(foreign).toEqual([]);
});

test("the search finds a partner town by its other name", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Sök kommun, region, vänort eller land").fill("Vaasa");
  await page.getByRole("link", { name: /^Vasa \(Vaasa\), Finland/ }).click();
  // The place's page is titled as the tables name it.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vasa (Vaasa), Finland");
  await expect(page.getByRole("table", { name: "Svenska partner" })).toContainText("Umeå kommun");
  await expectNoAccessibilityViolations(page);
});

test("the search lists a country named in Swedish or English before its places", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Sök kommun, region, vänort eller land").fill("Kina");
  const links = page.locator(".search-results").getByRole("link");
  await expect(links.first()).toHaveText("Kina");
  await expect(page.getByRole("link", { name: /^Qufu, Kina/ })).toBeVisible();
  // Without JavaScript, in English: "China" is the country first, then its partner towns.
  await page.goto("/sok?q=China");
  await expect(links.first()).toHaveText("Kina");
  await expect(page.getByRole("link", { name: /^Xi'an, Kina/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Qufu, Kina/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("the search works without JavaScript through /sok", async ({ page }) => {
  await page.goto("/sok?q=Helsing%C3%B6r");
  await expect(page.getByRole("link", { name: /^Helsingör \(Helsingør\), Danmark/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("filtering partnerships to Finland finds Umeå–Vasa, and the CSV download holds the same rows", async ({
  page,
  baseURL,
}) => {
  const foreign = recordForeignRequests(page, baseURL!);
  await page.goto("/samarbeten");
  await expectNoAccessibilityViolations(page);
  await openFilters(page);
  await page.getByLabel("Partnerland").selectOption("FI");
  await page.getByRole("button", { name: "Visa", exact: true }).click();
  await expect(page).toHaveURL(/land=FI/);
  const table = page.getByRole("table", { name: "Samarbeten" });
  const umeaVasa = table
    .locator("tbody tr")
    .filter({ hasText: "Umeå kommun" })
    .filter({ hasText: "Vasa (Vaasa)" });
  await expect(umeaVasa).toHaveCount(1);
  const shown = await table.locator("tbody tr").count();
  await expect(page.getByRole("status")).toHaveText(`${shown} samarbeten`);
  await expectNoAccessibilityViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV (kalkylark)" }).click(),
  ]);
  const text = await (
    await download.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(text, { bom: true, columns: true, delimiter: ";" }) as Record<string, string>[];
  expect(rows).toHaveLength(shown);
  expect(rows.some((r) => Object.values(r).some((v) => v.includes("Umeå kommun")))).toBe(true);
  expect(rows.some((r) => Object.values(r).includes("Vasa (Vaasa)"))).toBe(true);
  expect(foreign).toEqual([]);
});

test("malformed filters get a clear notice, not an error", async ({ page }) => {
  const response = await page.goto("/samarbeten?typ=nonsense&fran=99999&sida=-4&land=%27%3Bdrop");
  expect(response?.status()).toBe(200);
  await expect(page.locator(".notice")).toContainText("ignorerats");
  await expectNoAccessibilityViolations(page);
});

test("Sollefteå's policy shows the 2019-11-25 § 155 decision and its expired validity", async ({ page }) => {
  await page.goto("/kommun/solleftea");
  await page.getByRole("link", { name: "Läs Sollefteå kommuns internationella policy" }).click();
  await expect(page).toHaveURL(/\/kommun\/solleftea\/policy$/);
  await expect(
    page.getByRole("heading", { level: 2, name: "Policy för internationella kontakter 2019–2022" }),
  ).toBeVisible();
  await expect(page.getByText("2019-11-25 § 155", { exact: true })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^2019–2022/ })).toContainText("Har löpt ut");
  await expect(page.getByRole("heading", { name: "Kommunstyrelsen" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test.describe("in English", () => {
  test("the same journeys work under /en, and the language switch keeps the page", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Sweden's twin towns and international partnerships",
    );
    await expectNoAccessibilityViolations(page);
    await page.getByLabel("Search a municipality, region, twin town or country").fill("Umeå");
    await page.getByRole("link", { name: "Umeå kommun" }).click();
    await expect(page).toHaveURL(/\/en\/kommun\/umea$/);
    await expect(page.getByRole("table", { name: "Twin towns" }).locator("tbody th")).toHaveText(
      UMEA_TWIN_TOWNS_EN,
    );
    await expect(page.getByText("Information last verified on March 28, 2018.")).toBeVisible();
    // Counties in English; a description that only restates the kind is not repeated in Swedish.
    await expect(page.getByText("Municipality in Västerbotten County.", { exact: false })).toBeVisible();
    await expect(page.getByRole("table", { name: "Other international cooperation" })).not.toContainText(
      "Samverkansavtal",
    );
    await expectNoAccessibilityViolations(page);

    await page.getByRole("link", { name: "På svenska" }).click();
    await expect(page).toHaveURL(/\/kommun\/umea$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  });

  test("partnerships filtered to Finland, and Sollefteå's policy", async ({ page }) => {
    await page.goto("/en/samarbeten?land=FI");
    await expect(
      page.getByRole("table", { name: "Partnerships" }).locator("tbody tr").filter({ hasText: "Vaasa" }),
    ).toHaveCount(1);
    await expect(page.getByRole("link", { name: "Vaasa", exact: true })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.goto("/en/kommun/solleftea/policy");
    await expect(page.getByText("Expired")).toBeVisible();
    await expect(page.getByText("November 25, 2019 § 155", { exact: true })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("an unknown page is a 404 in English", async ({ page }) => {
    const response = await page.goto("/en/kommun/nowhere");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page).toHaveTitle("Page not found – Vänortsregistret");
    await expectNoAccessibilityViolations(page);
  });
});

test("country and place pages list the Swedish partners", async ({ page }) => {
  await page.goto("/land/fi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samarbeten med Finland");
  await expect(page.getByRole("link", { name: "Sollefteå kommun" }).first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const response = await page.goto("/land/zz");
  expect(response?.status()).toBe(404);
});

test("the directory filters municipalities by county and finds those without partnerships", async ({
  page,
}) => {
  await page.goto("/kommuner?lan=24");
  await expect(page.getByRole("status")).toHaveText("16 kommuner och regioner"); // 15 kommuner and Region Västerbotten
  await expect(page.getByRole("link", { name: "Umeå kommun" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.goto("/kommuner?utan=1&lan=24");
  await expect(page.getByRole("link", { name: "Umeå kommun" })).toHaveCount(0);
});

test("sitemap.xml and robots.txt describe the site", async ({ request }) => {
  // An index of bounded files (lib/sitemap/sitemap.ts): the pages and members, then the places.
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain("<sitemapindex");
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(files).toEqual(["/sitemap/sidor.xml", "/sitemap/orter-1.xml"]);
  const pages = await (await request.get(files[0]!)).text();
  expect(pages).toContain("/kommun/umea</loc>");
  expect(pages).toContain('hreflang="en"');
  expect(await (await request.get(files[1]!)).text()).toContain("/ort/632978</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap:");
});

test("bad input in addresses and filters never causes a server error", async ({ request }) => {
  const urls = [
    "/kommun/%E0%A4%A",
    "/kommun/a%00b",
    "/kommun/" + "x".repeat(500),
    "/samarbeten?sida=99999999999",
    "/samarbeten?q=a%00b",
    "/kommuner?q=%00&sortera=%27%20OR%201=1",
    "/sok?q=%27%3B%20DROP%20TABLE%20%22Place%22%3B--",
    "/api/search?q=%25%25%25%00",
    "/samarbeten/export.csv?q=%00&land=XX%27",
    "/ort/99999999999999",
    "/land/%3Cscript%3E",
    "/en/nope/deeper",
  ];
  for (const url of urls) {
    const response = await request.get(url);
    expect(response.status(), url).toBeLessThan(500);
  }
  const malformed = await request.get("/en/kommun/%E0%A4%A");
  expect(malformed.status()).toBe(404);
  expect(await malformed.text()).toContain("Page not found");
});
