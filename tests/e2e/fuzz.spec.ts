import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { FILTER_PARAMS } from "../../lib/directory/types";
import { MAP_PARAMS } from "../../lib/map/view-state";
import { BOARD_PARAMS } from "../../lib/partner-search/params";
import {
  CONTROL_CHARACTERS,
  HOSTILE_VALUES,
  fuzzSeed,
  rowsWithControlCharacters,
  seededRandom,
  type Random,
} from "../support/fuzz";
import { ADMIN, query, signIn } from "./support/editing";
import { E2E_POSTGRES_PORT } from "./support/paths";

// Hostile requests against the running server: every public page and API route, the signed-in
// pages, and every form of the signed-in area posted as a browser without JavaScript posts it
// (its own hidden server action fields, read from the rendered page), each with seeded hostile
// values. No answer may be a 5xx. The forms' mutations always include a control character, so
// the gate (lib/manage/form-guard.ts) refuses every post and nothing is stored: the other specs
// keep their data, and the row counts afterwards prove it. Repeat a failure with FUZZ_SEED=<seed>;
// FUZZ_HTTP_REQUESTS and FUZZ_SECONDS bound the run. (The broader mutations that may save, such
// as repeated fields, run on a database copy in tests/integration/form-fuzz.test.ts.)

const SEED = fuzzSeed();
const REQUESTS = Number(process.env.FUZZ_HTTP_REQUESTS ?? 10_000);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 900);
const CONCURRENCY = 6;

/** Escapes a server must survive raw in an address: incomplete, overlong, not UTF-8. */
const RAW_ESCAPES = ["%", "%E0%A4%A", "%ZZ", "%C0%AF", "%FF%FE", "%00", "%0A", "%u0041", "%%", "%2e%2e%2f"];

/** A value for an address: mostly a hostile value encoded, sometimes a raw broken escape, sometimes valid. */
function addressValue(random: Random, valid: string): string {
  const roll = random.next();
  if (roll < 0.25) return random.pick(RAW_ESCAPES);
  if (roll < 0.35) return valid;
  const value =
    random.next() < 0.3
      ? valid + random.pick(CONTROL_CHARACTERS)
      : random.pick(HOSTILE_VALUES).slice(0, 3000);
  // A lone surrogate cannot be percent-encoded: it goes as the replacement character, as a browser sends it.
  return encodeURIComponent(value.toWellFormed());
}

/** Forwarded headers and origins a client may forge (lib/security/forwarded.ts believes none of them here). */
function forgedHeaders(random: Random): Record<string, string> {
  if (random.next() >= 0.1) return {};
  return {
    "x-forwarded-host": random.pick([
      "evil.example",
      "evil.example, localhost",
      "a b",
      "[::1",
      "x".repeat(300),
      "",
    ]),
    "x-forwarded-proto": random.pick(["https", "javascript", "https, http", ""]),
    ...(random.next() < 0.5 ? { origin: random.pick(["http://evil.example", "null", "not a url"]) } : {}),
  };
}

type Route = { path: string; params?: Record<string, string>; signedIn?: boolean };
const F = FILTER_PARAMS;
const DIRECTORY = {
  [F.county]: "24",
  [F.kind]: "vanort",
  [F.activity]: "aktiv",
  [F.country]: "FI",
  [F.area]: "culture",
  [F.funding]: "own_means",
  [F.yearFrom]: "1950",
  [F.yearTo]: "2000",
  [F.includeEnded]: "1",
  [F.query]: "Vasa",
  [F.page]: "1",
  [F.sort]: "namn",
};

const B = BOARD_PARAMS;
const BOARD = {
  [B.side]: "medlem",
  [B.kind]: "vanort",
  [B.country]: "EE",
  [B.area]: "culture",
  [B.funding]: "own_means",
  [B.page]: "1",
};

const ROUTES: Route[] = [
  { path: "/" },
  { path: "/en" },
  { path: "/sok", params: { q: "Vasa" } },
  {
    path: "/kommuner",
    params: {
      [F.county]: "24",
      [F.municipalityGroup]: "A1",
      [F.organisationKind]: "kommun",
      [F.hasNone]: "1",
      q: "Umeå",
    },
  },
  { path: "/samarbeten", params: DIRECTORY },
  { path: "/en/samarbeten", params: DIRECTORY },
  { path: "/samarbeten/export.csv", params: DIRECTORY },
  { path: "/samarbeten/export.json", params: DIRECTORY },
  { path: "/kommun/{umea}" },
  { path: "/kommun/{umea}/policy" },
  { path: "/region/{vasterbotten}" },
  { path: "/land/{FI}" },
  { path: "/ort/{632978}" },
  { path: "/statistik", params: { land: "FI", omgang: "1" } },
  { path: "/statistik/{countries}.csv" },
  {
    path: "/karta",
    params: {
      ...DIRECTORY,
      [MAP_PARAMS.member]: "2480",
      [MAP_PARAMS.target]: "p632978",
      [MAP_PARAMS.overview]: "oversikt",
      [MAP_PARAMS.zoom]: "5",
      [MAP_PARAMS.center]: "63.8,20.3",
    },
  },
  { path: "/oppna-data" },
  { path: "/logga-in", params: { tillbaka: "/hantera" } },
  { path: "/inbjudan/{abc}" },
  { path: "/{okand}" },
  { path: "/api/health" },
  { path: "/api/search", params: { q: "Vasa", locale: "sv" } },
  { path: "/api/places", params: { q: "Vasa", country: "FI", locale: "en" } },
  { path: "/api/v1/organisations", params: { [F.county]: "24", [F.organisationKind]: "kommun" } },
  { path: "/api/v1/organisations/{2480}" },
  { path: "/api/v1/partnerships", params: { ...DIRECTORY, antal: "10" } },
  { path: "/api/v1/partnerships/{1}" },
  { path: "/api/v1/places", params: { q: "Vasa", land: "FI", limit: "5" } },
  { path: "/api/v1/places/{632978}" },
  { path: "/api/v1/countries" },
  { path: "/api/v1/networks" },
  { path: "/api/v1/statistics", params: { land: "FI", omgang: "1" } },
  { path: "/api/v1/municipalities" },
  { path: "/api/v1/municipalities/{2480}" },
  { path: "/api/v1/map", params: { ...DIRECTORY, vald: "2480" } },
  { path: "/api/v1/bulk/{vanortsregistret.json}" },
  { path: "/api/v1/openapi.json" },
  { path: "/sitemap.xml" },
  { path: "/robots.txt" },
  { path: "/flode.atom" },
  { path: "/en/flode.atom" },
  { path: "/kommun/{umea}/flode.atom" },
  { path: "/region/{vasterbotten}/flode.atom" },
  // The embeddable list and its oEmbed description (lib/embed/options.ts, lib/embed/oembed.ts).
  { path: "/inbaddning/{2480}", params: { typ: "vanort", karta: "1", farg: "8b0000" } },
  { path: "/en/inbaddning/{2480}", params: { typ: "partnerskap", karta: "1", farg: "004b87" } },
  {
    path: "/api/oembed",
    params: { url: "{site}/kommun/umea", format: "json", maxwidth: "600", maxheight: "400" },
  },
  { path: "/api/v1/changes", params: { since: Buffer.from("c1.5").toString("base64url"), antal: "50" } },
  { path: "/api/v1/dcat", params: { format: "jsonld" } },
  { path: "/api/v1/wikidata/quickstatements" },
  { path: "/api/v1/partner-requests", params: { ...BOARD, antal: "10" } },
  { path: "/api/partner-search/places", params: { q: "Tartu", country: "EE", locale: "en" } },
  // The partner search (lib/partner-search): the board, a request, the public form from abroad, its confirmation.
  { path: "/partnersokning", params: BOARD },
  { path: "/en/partnersokning", params: BOARD },
  { path: "/partnersokning/{request}", params: { sparat: "created" } },
  { path: "/partnersokning/ny", params: { skickad: "granskas" } },
  { path: "/partnersokning/bekrafta/{abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG}" },
  { path: "/partnersokning/publicera", params: { kommun: "umea" }, signedIn: true },
  { path: "/partnersokning/granska", signedIn: true },
  { path: "/partnersokning/{request}/andra", signedIn: true },
  // Places added in the registry (lib/manage/place-actions.ts).
  {
    path: "/hantera/{umea}/orter/ny",
    params: { namn: "Fuzzö", land: "EE", fran: "granska" },
    signedIn: true,
  },
  { path: "/hantera/umea/orter/{place}", params: { sparat: "place" }, signedIn: true },
  { path: "/hantera", signedIn: true },
  { path: "/hantera/{umea}", params: { sparat: "contacts" }, signedIn: true },
  { path: "/hantera/umea/samarbeten/{1}", params: { sparat: "updated" }, signedIn: true },
  { path: "/hantera/{umea}/samarbeten/ny", signedIn: true },
  { path: "/hantera/umea/policy/{1}", signedIn: true },
  { path: "/hantera/{umea}/inventering", signedIn: true },
  { path: "/hantera/import", params: { fel: "file_too_large" }, signedIn: true },
  { path: "/hantera/import/granska", signedIn: true },
  { path: "/hantera/import/kommungrupper", signedIn: true },
  { path: "/hantera/inventering", signedIn: true },
  { path: "/hantera/anvandare", signedIn: true },
];

/** A hostile address for a route: a path segment ({...}) or query values replaced, repeated or added. */
function hostileAddress(random: Random, route: Route): string {
  const path = route.path.replace(/\{([^}]*)\}/g, (_, valid: string) =>
    random.next() < 0.6 ? addressValue(random, valid) : valid,
  );
  const pairs: string[] = [];
  for (const [name, valid] of Object.entries(route.params ?? {})) {
    const roll = random.next();
    if (roll < 0.4) pairs.push(`${name}=${addressValue(random, valid)}`);
    else if (roll < 0.45) for (let i = 0; i < 300; i++) pairs.push(`${name}=${encodeURIComponent(valid)}`);
    else if (roll < 0.8) pairs.push(`${name}=${encodeURIComponent(valid)}`);
  }
  if (random.next() < 0.15) pairs.push(`${addressValue(random, "x")}=${addressValue(random, "y")}`);
  return pairs.length ? `${path}?${pairs.join("&")}` : path;
}

type Form = { page: string; fields: [string, string][]; files: string[] };

/** Every form on a page, as a browser without JavaScript would post it (hidden server action fields included). */
async function formsOf(page: Page, path: string): Promise<Form[]> {
  await page.goto(path);
  const forms = await page.$$eval("form", (elements) =>
    elements.map((form) => {
      const data = new FormData(form as HTMLFormElement);
      return {
        fields: [...data.entries()].filter(([, v]) => typeof v === "string") as [string, string][],
        files: [...data.entries()].filter(([, v]) => typeof v !== "string").map(([k]) => k),
      };
    }),
  );
  return forms
    .filter((f) => f.fields.some(([name]) => name.startsWith("$ACTION")))
    .map((f) => ({ page: path, ...f }));
}

/**
 * Saves a valid form (the first on `path` with a field named `marker`) as a browser without
 * JavaScript does, with `values` replacing or adding fields; answers the address it redirects to.
 */
async function saveForm(page: Page, path: string, marker: string, values: Record<string, string[]>) {
  await page.goto(path);
  const fields = await page.$$eval(
    "form",
    (forms, name) =>
      forms
        .map((f) => [...new FormData(f as HTMLFormElement).entries()] as [string, string][])
        .find((entries) => entries.some(([n]) => n === name)) ?? [],
    marker,
  );
  const body = new FormData();
  for (const [name, value] of fields)
    if (!(name in values) && typeof value === "string") body.append(name, value);
  for (const [name, list] of Object.entries(values)) for (const value of list) body.append(name, value);
  const response = await page.request.post(path, {
    multipart: body,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  expect([path, response.status()]).toEqual([path, 303]);
  return response.headers()["location"]!;
}

/** A form's fields with at least one control character in a field that is no server action field, and maybe an overflowing id. */
function hostileForm(random: Random, form: Form): FormData {
  const fields = form.fields.map(([k, v]) => [k, v] as [string, string]);
  const own = fields.map((f, i) => [f, i] as const).filter(([[name]]) => !name.startsWith("$ACTION"));
  const body = new FormData();
  if (own.length === 0) fields.push(["extra", "x"]);
  const [[name, value], index] = own.length
    ? random.pick(own)
    : [["extra", "x"] as [string, string], fields.length - 1];
  const at = random.int(value.length + 1);
  fields[index] = [name, value.slice(0, at) + random.pick(CONTROL_CHARACTERS) + value.slice(at)];
  for (const [[n, v], i] of own) {
    if (i !== index && /^\d+$/.test(v) && random.next() < 0.3)
      fields[i] = [n, random.pick(["2147483648", "99999999999999999999", "-1", "0", "1e3", "abc"])];
  }
  for (const [k, v] of fields) body.append(k, v);
  for (const file of form.files)
    body.append(file, new Blob(["Kommun;Vänort\nUmeå;Va\u0000sa\n"]), "lista.csv");
  return body;
}

const COUNTED_TABLES = [
  "Partnership",
  "Place",
  "PartnerRequest",
  "PartnerRequestInterest",
  "PolicyDocument",
  "User",
  "InventoryRound",
  "AuditEvent",
  "LoginAttempt",
];
const counts = async () =>
  Object.fromEntries(
    await Promise.all(
      COUNTED_TABLES.map(async (t) => [
        t,
        Number((await query<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`))[0]!.n),
      ]),
    ),
  );

test.describe.configure({ timeout: (SECONDS + 240) * 1000 });

test(`hostile requests to every route and form get no 5xx and store nothing (seed ${SEED})`, async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const random = seededRandom(SEED);
  await signIn(page, ADMIN);
  const signedIn = page.request;
  const signedOut: APIRequestContext = await playwright.request.newContext({ baseURL });
  const umeaPartnership = (
    await query<{ id: number }>(
      `SELECT p.id FROM "Partnership" p JOIN "PartnershipParticipant" pp ON pp."partnershipId" = p.id
         JOIN "Organisation" o ON o.id = pp."organisationId" WHERE o.slug = 'umea' ORDER BY p.id LIMIT 1`,
    )
  )[0]!.id;
  // A place added in the registry and a partner request, saved once with valid forms, so their
  // own pages and forms are fuzzed too (before the row counts are taken).
  const placeId = (
    await saveForm(page, "/hantera/umea/orter/ny", "names.0.name", {
      "names.0.name": ["Fuzzö"],
      "names.0.lang": ["et"],
      countryCode: ["EE"],
      kind: ["ISLAND"],
      latitude: ["58.38"],
      longitude: ["26.72"],
    })
  ).match(/\/orter\/(\d+)/)![1]!;
  const requestId = (
    await saveForm(page, "/partnersokning/publicera?kommun=umea", "contactEmail", {
      kind: ["TWIN_TOWN"],
      countryCodes: ["EE"],
      areaCodes: ["culture"],
      description: ["Umeå söker en vänort i Estland för kultur och skola."],
      contactName: ["Anna Andersson"],
      contactEmail: ["anna@umea.example"],
    })
  ).match(/\/partnersokning\/(\d+)/)![1]!;
  const routes = ROUTES.map((route) => ({
    ...route,
    path: route.path.replace("{request}", `{${requestId}}`).replace("{place}", `{${placeId}}`),
    params:
      route.params &&
      Object.fromEntries(Object.entries(route.params).map(([k, v]) => [k, v.replace("{site}", baseURL!)])),
  }));
  const before = await counts();
  const forms: Form[] = [];
  for (const path of [
    "/hantera/umea/orter/ny",
    `/hantera/umea/orter/${placeId}`,
    "/partnersokning/publicera?kommun=umea",
    `/partnersokning/${requestId}`,
    `/partnersokning/${requestId}/andra`,
    "/partnersokning/granska",
    "/en/partnersokning/publicera?kommun=umea",
    "/hantera/umea",
    "/hantera/umea/samarbeten/ny",
    `/hantera/umea/samarbeten/${umeaPartnership}`,
    "/hantera/umea/policy/ny",
    "/hantera/umea/inventering",
    "/hantera/import",
    "/hantera/import/kommungrupper",
    "/hantera/inventering",
    "/hantera/anvandare",
    "/en/hantera/umea/samarbeten/ny",
  ])
    forms.push(...(await formsOf(page, path)));
  const anonymous = await browser.newPage({ baseURL });
  // Forms anyone may post: sign-in, the request form from abroad and its confirmation.
  const signInForms: Form[] = [];
  for (const path of [
    "/logga-in",
    "/partnersokning/ny",
    "/en/partnersokning/ny",
    `/partnersokning/bekrafta/${"a".repeat(43)}`,
  ])
    signInForms.push(...(await formsOf(anonymous, path)));
  await anonymous.close();
  expect(signInForms.length).toBeGreaterThan(0);
  expect(forms.length).toBeGreaterThan(10);

  const failures: string[] = [];
  const statuses = new Map<number, number>();
  const deadline = Date.now() + SECONDS * 1000;
  let sent = 0;

  const one = async () => {
    const roll = random.next();
    let label: string;
    let response;
    if (roll < 0.22) {
      const form = random.pick([...forms, ...signInForms]);
      const body = hostileForm(random, form);
      label = `POST ${form.page} [${[...body.entries()]
        .filter(
          ([k, v]) =>
            typeof v === "string" &&
            !k.startsWith("$ACTION") &&
            /[\u0000-\u001f\u007f\u0085]|^\d{10,}$|^-1$/.test(v),
        )
        .map(([k, v]) => `${k}=${JSON.stringify(String(v).slice(0, 30))}`)
        .join(", ")}]`;
      const context = signInForms.includes(form) ? signedOut : signedIn;
      const headers = forgedHeaders(random);
      if (headers.origin) label += ` from ${headers.origin}`;
      response = await context.post(form.page, {
        multipart: body,
        headers,
        maxRedirects: 0,
        failOnStatusCode: false,
      });
    } else if (roll < 0.25) {
      // A body where none belongs, or an unreadable one.
      const route = random.pick(routes);
      label = `POST ${route.path}`;
      response = await signedOut.post(route.path.replace(/[{}]/g, ""), {
        data: random.pick(HOSTILE_VALUES),
        headers: {
          "content-type": random.pick(["application/json", "multipart/form-data; boundary=x", "text/plain"]),
        },
        maxRedirects: 0,
        failOnStatusCode: false,
      });
    } else {
      const route = random.pick(routes);
      const address = hostileAddress(random, route).replace("samarbeten/1", `samarbeten/${umeaPartnership}`);
      label = `GET ${address.slice(0, 300)}`;
      const headers = forgedHeaders(random);
      response = await (route.signedIn || random.next() < 0.2 ? signedIn : signedOut).get(address, {
        headers,
        maxRedirects: 0,
        failOnStatusCode: false,
      });
    }
    const status = response.status();
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    // oEmbed answers a format it does not offer with 501 by its specification (oEmbed 2.3.4): an
    // answer, not a failure.
    const oembedFormat = status === 501 && label.startsWith("GET /api/oembed");
    // So is a 503 with Retry-After from a route that sheds load on purpose (at most 4 downloads
    // stream at once per server, lib/partnerships/export-response.ts).
    const busyDownload = status === 503 && !!response.headers()["retry-after"] && /bulk|export/.test(label);
    if (status >= 500 && !oembedFormat && !busyDownload)
      failures.push(`#${sent} ${status} ${label}: ${(await response.text()).slice(0, 200)}`);
    await response.dispose();
  };

  while (sent < REQUESTS && Date.now() < deadline) {
    const batch = Math.min(CONCURRENCY, REQUESTS - sent);
    sent += batch;
    // A dropped connection is a failure too, reported with the request (its call log names it).
    await Promise.all(
      Array.from({ length: batch }, () =>
        one().catch((error: unknown) => failures.push(`#${sent} ${String(error).slice(0, 400)}`)),
      ),
    );
  }
  console.log(
    `HTTP fuzz, seed ${SEED}: ${sent} requests (${forms.length + signInForms.length} forms, ${routes.length} routes), ` +
      `statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
  );
  expect(failures).toEqual([]);
  expect(sent).toBe(REQUESTS); // every request sent, however busy the machine (FUZZ_SECONDS bounds it)

  // Every form post was refused: nothing was stored, and no stored text holds a control character.
  expect(await counts()).toEqual({ ...before, LoginAttempt: expect.any(Number) });
  const client = new pg.Client({
    host: "localhost",
    port: E2E_POSTGRES_PORT,
    user: "postgres",
    password: "postgres",
    database: "vanortsregistret",
  });
  await client.connect();
  try {
    expect(await rowsWithControlCharacters(client)).toEqual([]);
  } finally {
    await client.end();
  }
});
