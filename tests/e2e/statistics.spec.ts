import { parse } from "csv-parse/sync";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./accessibility";

type Stats = {
  kinds: Record<string, { total: number; byMunicipalities: number; byRegions: number }>;
  engagement: Record<"MUNICIPALITY" | "REGION", { members: number; withAny: number }>;
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

/** Every bar of a chart: its label, its figure, its drawn length in percent of its track, and its data-width. */
async function bars(page: Page, chartName: string) {
  return page
    .getByRole("img", { name: chartName, exact: true })
    .locator(".bar-row")
    .evaluateAll((rows) =>
      rows.map((row) => {
        const bar = row.querySelector<HTMLElement>(".bar")!;
        const track = row.querySelector<HTMLElement>(".bar-track")!;
        return {
          label: row.querySelector(".bar-label")!.textContent!,
          value: row.querySelector(".bar-value")!.textContent!,
          drawn: (bar.getBoundingClientRect().width / track.clientWidth) * 100,
          width: Number(bar.dataset.width),
        };
      }),
    );
}

test("the statistics page opens with coverage, draws shares on a 0–100 % scale, orders counties by name and says why a table is empty", async ({
  page,
  request,
}) => {
  const stats = (await (await request.get("/api/v1/statistics")).json()) as Stats;
  await page.goto("/statistik");

  // Coverage before any figure, and the warning beside the trend that today's total is not the survey's.
  const coverage = page.getByRole("region", { name: "Täckning" });
  await expect(coverage.locator("[data-coverage=members]")).toContainText(
    /^\d+ av 290 kommuner och \d+ av 20 regioner har rapporterat samarbeten eller fått sina uppgifter granskade/,
  );
  await expect(coverage.locator("[data-coverage=activity]")).toContainText(
    /^\d+ av \d+ pågående samarbeten har en rapporterad aktivitetsgrad/,
  );
  await expect(coverage.locator("[data-coverage=not-comparable]")).toContainText(
    "går inte att jämföra med enkätens totalsumma från 2018 (527) förrän täckningen är fullständig",
  );
  await expect(page.locator("[data-caveat=utveckling]")).toContainText("från 2018 (527)");

  // A share is drawn against 100 %: the few kommuner with any engagement are a short bar, not a full one.
  const engagement = await bars(page, "Diagram: Internationellt engagemang");
  const withAny = (stats.engagement.MUNICIPALITY.withAny / stats.engagement.MUNICIPALITY.members) * 100;
  expect(engagement[0]!.label).toBe("Något internationellt engagemang");
  expect(engagement[0]!.width).toBeCloseTo(withAny, 1);
  expect(withAny).toBeLessThan(10);
  expect(engagement[0]!.drawn).toBeLessThan(10);
  for (const chart of await page.locator(".bar-chart[data-scale=share]").all()) {
    for (const bar of await bars(page, (await chart.getAttribute("aria-label"))!)) {
      // Every share bar is drawn at its rounded percentage, give or take rounding and a pixel.
      const percent = Number(bar.value.replace(/[^\d]/g, ""));
      expect(Math.abs(bar.drawn - percent), `${bar.label}: ${bar.value}`).toBeLessThanOrEqual(1.5);
    }
  }

  // Counties in Swedish alphabetical order, in the table and in its chart.
  const counties = (await tableRows(page, "Per län, tabell")).map((r) => r[0]!);
  expect(counties.length).toBeGreaterThan(1);
  expect(counties).toEqual([...counties].sort(new Intl.Collator("sv").compare));
  expect(counties.at(-1)).toMatch(/^Östergötlands län|^Örebro län/);
  expect((await bars(page, "Diagram: Per län")).map((b) => b.label)).toEqual(counties);

  // No kommungrupper are assigned in the seeded registry: the table says so instead of showing headers only.
  const groups = page.getByRole("region", { name: "Kommuner per kommungrupp" });
  await expect(groups.locator("[data-empty=kommungrupper]")).toHaveText(
    "Inga kommungrupper är importerade än: ingen kommun har en kommungrupp i registret.",
  );
  await expect(groups.getByRole("table")).toHaveCount(0);
  // And no statistic anywhere is a header-only table.
  for (const section of await page.locator("section.statistic").all()) {
    const rows = await section.locator("tbody tr").count();
    if (rows === 0) await expect(section.locator(".statistic-empty")).toHaveText(/\S/);
  }
  await expectNoAccessibilityViolations(page);
});

test("on a 360 px phone the charts' text is legible and nothing scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/en/statistik");
  await expect(page.getByRole("region", { name: "Coverage" })).toContainText("of 290 municipalities");
  const sizes = await page
    .locator(".bar-chart .bar-label, .bar-chart .bar-value")
    .evaluateAll((texts) => texts.map((t) => parseFloat(getComputedStyle(t).fontSize)));
  expect(sizes.length).toBeGreaterThan(10);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  // Each label sits above its bar and wraps inside the screen.
  const label = page.locator(".bar-chart .bar-label").first();
  const box = (await label.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.locator("[data-empty=kommungrupper]")).toHaveText(
    "No municipality groups have been imported yet: no municipality has a group in the registry.",
  );
  await expectNoAccessibilityViolations(page);
});
