import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_POSTGRES_PORT } from "./paths";
const EMBEDDED_DATABASE_NAME = "vanortsregistret"; // lib/database/embedded.ts

/** The demo accounts the seed creates (README lists them). */
export const UMEA = { email: "umea@example.org", password: "demo-umea-password" };
export const SOLLEFTEA = { email: "solleftea@example.org", password: "demo-solleftea-password" };
export const ADMIN = { email: "admin@example.org", password: "demo-admin-password" };

export async function signIn(
  page: Page,
  account: { email: string; password: string },
  locale: "sv" | "en" = "sv",
) {
  const prefix = locale === "sv" ? "" : "/en";
  await page.goto(`${prefix}/logga-in`);
  await page.getByLabel(locale === "sv" ? "E-postadress" : "E-mail address").fill(account.email);
  await page.getByLabel(locale === "sv" ? "Lösenord" : "Password").fill(account.password);
  await page.getByRole("button", { name: locale === "sv" ? "Logga in" : "Sign in" }).click();
  await page.waitForURL(`${prefix}/hantera`);
}

/**
 * Read-only SQL on the run's database, to check that a refused request changed nothing.
 * The e2e server's embedded PostgreSQL listens on E2E_POSTGRES_PORT (playwright.config.ts).
 */
export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({
    host: "localhost",
    port: E2E_POSTGRES_PORT,
    user: "postgres",
    password: "postgres",
    database: EMBEDDED_DATABASE_NAME,
  });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** The id of a partnership of one organisation (by kommunkod) with a partner of this name. */
export async function partnershipId(code: string, partnerName: string) {
  const rows = await query<{ id: number }>(
    `SELECT p.id FROM "Partnership" p
       JOIN "PartnershipParticipant" pp ON pp."partnershipId" = p.id JOIN "Organisation" o ON o.id = pp."organisationId"
       JOIN "PartnershipPartner" pa ON pa."partnershipId" = p.id LEFT JOIN "Place" pl ON pl.id = pa."placeId"
      WHERE o.code = $1 AND (pa.name = $2 OR pl.name = $2) ORDER BY p.id LIMIT 1`,
    [code, partnerName],
  );
  expect(rows).toHaveLength(1);
  return rows[0]!.id;
}

/** Adds a partnership with a whole country as partner through the form; returns its id (from the URL). */
export async function addCountryPartnership(
  page: Page,
  slug: string,
  countryName: string,
  fields: { kind?: string; otherType?: string } = {},
) {
  await page.goto(`/hantera/${slug}/samarbeten/ny`);
  if (fields.kind) await page.getByLabel("Typ av samarbete").selectOption({ label: fields.kind });
  if (fields.otherType) await page.getByLabel("Slag av samarbete").selectOption({ label: fields.otherType });
  await page.getByLabel("Vad är partnern?").selectOption("COUNTRY");
  await page.getByLabel("Land", { exact: true }).selectOption({ label: countryName });
  await page.getByRole("button", { name: "Lägg till samarbetet" }).click();
  await page.waitForURL(/\/samarbeten\/\d+\?sparat=created$/);
  return Number(/samarbeten\/(\d+)/.exec(page.url())![1]);
}
