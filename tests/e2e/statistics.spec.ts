import { parse } from "csv-parse/sync";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";

type Stats = {
  kinds: Record<string, { total: number; byMunicipalities: number; byRegions: number }>;
  country: { partnerships: Record<string, number>; members: { MUNICIPALITY: Record<string, number> } } | null;
};

/** The rows of a table as the reader sees them: header cells and data cells as text. */
async function tableRows(page: Page, name: string) {
  const table = page.getByRole("table", { name });
  return table
    .locator("tbody tr")
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll("th, td")].map((c) => c.textContent!.trim())),
    );
}

test("the statistics page shows the registry's figures in Swedish, with a chart, a table and a CSV download of it", async ({
  page,
  request,
}) => {
  const stats = (await (await request.get("/api/v1/statistics")).json()) as Stats;
  await page.goto("/statistik");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistik");
  await expect(
    page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Statistik" }),
  ).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // A figure on the page equals the data.
  const kinds = await tableRows(page, "Samarbeten per typ, tabell");
  expect(kinds[0]).toEqual([
    "Vänorter",
    String(stats.kinds.TWIN_TOWN!.total),
    String(stats.kinds.TWIN_TOWN!.byMunicipalities),
    String(stats.kinds.TWIN_TOWN!.byRegions),
  ]);
  await expect(page.getByRole("img", { name: "Diagram: Samarbeten per typ" })).toBeVisible();
  await expect(page.locator("[data-figure=twin-towns] strong")).toHaveText(
    String(stats.kinds.TWIN_TOWN!.total),
  );

  // The table's CSV download holds the same rows (Swedish: semicolons, BOM).
  const section = page.getByRole("region", { name: "Samarbeten per typ" });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    section.getByRole("link", { name: "Ladda ned tabellen som CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("statistik-typer.csv");
  const csv = parse(await readFile((await download.path())!), { delimiter: ";", bom: true }) as string[][];
  expect(csv[0]).toEqual(["Typ av samarbete", "Totalt", "Med kommuner", "Med regioner"]);
  expect(csv.slice(1)).toEqual(kinds);

  // The historical rounds are there with their source.
  const trend = await tableRows(page, "Utveckling över tid: vänorter och kommunala partnerskap, tabell");
  expect(trend.slice(0, 3).map((r) => r.slice(0, 2))).toEqual([
    ["2007", "1\u00a0025"], // Swedish groups digits with a no-break space
    ["2011", "867"],
    ["2018", "527"],
  ]);
  await expect(page.getByRole("heading", { name: "Det här kan registret inte räkna ut" })).toBeVisible();
});

test("a country chosen in the selector shows its counts and lives in the URL", async ({ page, request }) => {
  const stats = (await (await request.get("/api/v1/statistics?land=FI")).json()) as Stats;
  await page.goto("/statistik");
  await page.getByLabel("Land", { exact: true }).selectOption("FI");
  await page.getByRole("button", { name: "Visa" }).click();
  await expect(page).toHaveURL(/\/statistik\?land=FI/);
  const rows = await tableRows(page, "Samarbeten med Finland, tabell");
  expect(rows[0]).toEqual([
    "Vänorter",
    String(stats.country!.partnerships.TWIN_TOWN),
    String(stats.country!.members.MUNICIPALITY.TWIN_TOWN),
    "0",
  ]);
  await expect(page.getByLabel("Land", { exact: true })).toHaveValue("FI");
  await expectNoAccessibilityViolations(page);

  await page.goto("/statistik?land=ZZ");
  await expect(page.getByRole("status")).toHaveText("Landskoden ZZ finns inte. Välj ett land i listan.");
});

test("the statistics page in English formats numbers for English and downloads comma-separated CSV", async ({
  page,
  request,
}) => {
  await page.goto("/en/statistik");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistics");
  const trend = await tableRows(page, "Trend over time: twin towns and municipal partnerships, table");
  expect(trend[0]!.slice(0, 2)).toEqual(["2007", "1,025"]);
  await expectNoAccessibilityViolations(page);
  const csv = await (await request.get("/en/statistik/utveckling.csv")).text();
  const rows = parse(csv, { bom: true }) as string[][];
  expect(rows[0]).toEqual([
    "Inventory",
    "Twin towns and municipal partnerships",
    "Municipalities with twin towns or partnerships",
    "Source",
  ]);
  expect(rows[1]!.slice(0, 3)).toEqual(["2007", "1025", "272"]);
});
