// No public answer grows without bound with the registry (issues 12 and 13). A member's
// partnerships in /api/v1/organisations/{code} and /api/v1/municipalities/{code} come a page at a
// time (sida, antal: the names and limits of /api/v1/partnerships), with links to the next and
// previous page; the sitemap is an index of files of at most PLACES_PER_FILE places. Seeded here:
// 230 public partnerships for one small kommun (with 1,380 partner places between them), plus
// hidden ones (removed, unconfirmed participation) that must be neither listed nor counted.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as municipality } from "../../app/api/v1/municipalities/[code]/route";
import { GET as organisation } from "../../app/api/v1/organisations/[code]/route";
import { GET as partnerships } from "../../app/api/v1/partnerships/route";
import { GET as sitemapFile } from "../../app/sitemap/[file]/route";
import { GET as sitemapIndex } from "../../app/sitemap.xml/route";
import { PLACES_PER_FILE } from "../../lib/sitemap/sitemap";
import {
  municipalityDetailSchema,
  organisationDetailSchema,
  partnershipPageSchema,
} from "../../lib/api/schemas";
import { testDatabase } from "../support/database";

const db = testDatabase();
const CODE = "0114"; // Upplands Väsby: no partnerships in the seed
const PUBLIC = 230;

const withParams = (code: string) => ({ params: Promise.resolve({ code }) });
const get = (path: string) => new Request(`http://localhost${path}`);
/** A link the API handed out, as a path to request again (the links are absolute, on SITE_URL). */
const pathOf = (link: string) => {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
};

let expectedIds: number[];

beforeAll(async () => {
  const member = await db.organisation.findUniqueOrThrow({ where: { code: CODE } });
  const other = await db.organisation.findUniqueOrThrow({ where: { code: "2480" } });
  // Set-based inserts: hundreds of rows in three statements. Every third row has two partners,
  // and some have Umeå as a second participant (listed once for this member all the same).
  expectedIds = (
    await db.$queryRaw<{ id: number }[]>`
      INSERT INTO "Partnership" ("kind", "title", "verification", "startYear", "updatedAt")
      SELECT 'TWIN_TOWN', 'Paging ' || n, 'VERIFIED', 1950 + n % 70, now() FROM generate_series(1, ${PUBLIC}) n
      RETURNING "id"`
  )
    .map((r) => r.id)
    .sort((a, b) => a - b);
  const [removed] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO "Partnership" ("kind", "title", "verification", "removedAt", "updatedAt")
    VALUES ('TWIN_TOWN', 'Removed', 'VERIFIED', now(), now()) RETURNING "id"`;
  const [unconfirmed] = await db.$queryRaw<{ id: number }[]>`
    INSERT INTO "Partnership" ("kind", "title", "verification", "updatedAt")
    VALUES ('TWIN_TOWN', 'Asked, not confirmed', 'VERIFIED', now()) RETURNING "id"`;
  const all = [...expectedIds, removed!.id, unconfirmed!.id];
  await db.$executeRaw`
    INSERT INTO "PartnershipParticipant" ("partnershipId", "organisationId", "confirmedAt")
    SELECT id, ${member.id}::int, CASE WHEN id = ${unconfirmed!.id}::int THEN NULL ELSE now() END FROM unnest(${all}::int[]) id
    UNION ALL
    SELECT id, ${other.id}::int, now() FROM unnest(${all}::int[]) id WHERE id % 7 = 0`;
  await db.$executeRaw`
    INSERT INTO "PartnershipPartner" ("partnershipId", "type", "name", "countryCode", "position")
    SELECT id, 'FREE_TEXT', 'Partner ' || id || '-' || k, 'DE', k
      FROM unnest(${all}::int[]) id, generate_series(0, 1) k WHERE k = 0 OR id % 3 = 0`;
  // Six gazetteer places each for the public ones: more partner places than one sitemap file holds.
  await db.$executeRaw`
    WITH places AS (
      SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS i FROM "Place"
       WHERE "source" = 'GEONAMES' ORDER BY "id" LIMIT ${PUBLIC * 6}
    ), partnerships AS (
      SELECT id, row_number() OVER (ORDER BY id) - 1 AS j FROM unnest(${expectedIds}::int[]) id
    )
    INSERT INTO "PartnershipPartner" ("partnershipId", "type", "placeId", "position")
    SELECT partnerships.id, 'PLACE', places."id", 2 + places.i % 6
      FROM places JOIN partnerships ON partnerships.j = places.i / 6`;
});

describe("GET /api/v1/organisations/{code}: a member's partnerships, a page at a time", () => {
  const call = (query = "") => organisation(get(`/api/v1/organisations/${CODE}${query}`), withParams(CODE));

  it("answers the first 100 by default, with the total and a link to the next page", async () => {
    const response = await call();
    expect(response.status).toBe(200);
    const body = organisationDetailSchema.parse(await response.json());
    expect(body.partnerships.map((p) => p.id)).toEqual(expectedIds.slice(0, 100));
    expect(body.partnershipsPage).toMatchObject({ page: 1, pageSize: 100, total: PUBLIC, pageCount: 3 });
    expect(body.partnershipsPage.previous).toBeNull();
    expect(pathOf(body.partnershipsPage.next!)).toBe(`/api/v1/organisations/${CODE}?sida=2&antal=100`);
  });

  it("following the next links gives every public partnership once, in id order, and nothing hidden", async () => {
    const seen: number[] = [];
    let path: string | null = `/api/v1/organisations/${CODE}?antal=37`;
    let pages = 0;
    while (path !== null) {
      const response: Response = await organisation(get(path), withParams(CODE));
      const body = organisationDetailSchema.parse(await response.json());
      expect(body.partnerships.length).toBeLessThanOrEqual(37);
      expect(body.partnershipsPage.total).toBe(PUBLIC);
      seen.push(...body.partnerships.map((p) => p.id));
      pages++;
      path = body.partnershipsPage.next === null ? null : pathOf(body.partnershipsPage.next);
    }
    expect(pages).toBe(Math.ceil(PUBLIC / 37));
    expect(seen).toEqual(expectedIds);
  });

  it("answers up to 500 a page, and an empty page (linking back to the last) past the end", async () => {
    const all = organisationDetailSchema.parse(await (await call("?antal=500")).json());
    expect(all.partnerships).toHaveLength(PUBLIC);
    expect(all.partnershipsPage).toMatchObject({ pageCount: 1, next: null, previous: null });

    const past = organisationDetailSchema.parse(await (await call("?sida=9&antal=100")).json());
    expect(past.partnerships).toEqual([]);
    expect(past.partnershipsPage.next).toBeNull();
    expect(pathOf(past.partnershipsPage.previous!)).toBe(`/api/v1/organisations/${CODE}?sida=3&antal=100`);
  });

  it("keeps the answer's size bounded whatever the member has", async () => {
    const one = await (await call("?antal=1")).text();
    const hundred = await (await call()).text();
    const all = await (await call("?antal=500")).text();
    // 100 rows cost about 100 times one row, and not a byte more with 230 of them in the registry.
    expect(hundred.length).toBeLessThan(all.length);
    expect(hundred.length).toBeLessThan(one.length * 100);
  });

  it.each([
    ["?sida=0", /sida=0/],
    ["?sida=x", /sida=x/],
    ["?sida=", /sida=/],
    ["?antal=0", /antal=0/],
    ["?antal=501", /antal=501/],
    ["?antal=1.5", /antal=1\.5/],
  ])("answers %s with a 400 problem naming it", async (query, detail) => {
    const response = await call(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = await response.json();
    expect(body).toMatchObject({ status: 400, title: "Bad Request" });
    expect(body.detail).toMatch(detail);
  });

  it("pages a region the same way", async () => {
    const response = await organisation(get("/api/v1/organisations/24?antal=1"), withParams("24"));
    const body = organisationDetailSchema.parse(await response.json());
    expect(body.partnershipsPage).toMatchObject({ page: 1, pageSize: 1, previous: null });
    expect(body.partnerships.length).toBeLessThanOrEqual(1);
  });
});

describe("GET /api/v1/municipalities/{code}: the same paging", () => {
  const call = (query = "") => municipality(get(`/api/v1/municipalities/${CODE}${query}`), withParams(CODE));

  it("pages with sida and antal and links the pages", async () => {
    const first = municipalityDetailSchema.parse(await (await call("?antal=200")).json());
    expect(first.partnerships.map((p) => p.id)).toEqual(expectedIds.slice(0, 200));
    expect(first.partnershipsPage).toMatchObject({ page: 1, pageSize: 200, total: PUBLIC, pageCount: 2 });
    const next = first.partnershipsPage.next!;
    expect(pathOf(next)).toBe(`/api/v1/municipalities/${CODE}?sida=2&antal=200`);
    const second = municipalityDetailSchema.parse(
      await (await municipality(get(pathOf(next)), withParams(CODE))).json(),
    );
    expect(second.partnerships.map((p) => p.id)).toEqual(expectedIds.slice(200));
    expect(second.partnershipsPage.next).toBeNull();
    expect(pathOf(second.partnershipsPage.previous!)).toBe(`/api/v1/municipalities/${CODE}?sida=1&antal=200`);
  });

  it("answers a bad page size with a 400 problem", async () => {
    const response = await call("?antal=100000");
    expect(response.status).toBe(400);
    expect((await response.json()).detail).toMatch(/antal=100000/);
  });
});

describe("GET /api/v1/partnerships: the same links, with the filters kept", () => {
  it("links the next page of a filtered selection, and following it continues the list", async () => {
    const first = partnershipPageSchema.parse(
      await (await partnerships(get("/api/v1/partnerships?typ=vanort&land=de&antal=50"))).json(),
    );
    expect(first.total).toBeGreaterThanOrEqual(PUBLIC);
    const next = new URL(first.next!);
    expect(next.pathname).toBe("/api/v1/partnerships");
    expect(Object.fromEntries(next.searchParams)).toEqual({
      typ: "vanort",
      land: "DE",
      sida: "2",
      antal: "50",
    });
    const second = partnershipPageSchema.parse(await (await partnerships(get(pathOf(first.next!)))).json());
    expect(second.page).toBe(2);
    expect(second.items[0]!.id).toBeGreaterThan(first.items.at(-1)!.id);
    expect(pathOf(second.previous!)).toBe(pathOf(first.next!).replace("sida=2", "sida=1"));
  });
});

describe("GET /sitemap.xml: an index of bounded files", () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const file = (name: string) =>
    sitemapFile(get(`/sitemap/${name}`), { params: Promise.resolve({ file: name }) });

  it("names the pages' file and as many places' files as the places need, each listing at most PLACES_PER_FILE", async () => {
    const index = await (await sitemapIndex()).text();
    expect(index).toContain("<sitemapindex");
    const files = locs(index);
    const [row] = await db.$queryRaw<{ count: number }[]>`
      SELECT count(DISTINCT pp."placeId")::int AS count FROM "PartnershipPartner" pp
        JOIN "Partnership" p ON p."id" = pp."partnershipId" AND p."removedAt" IS NULL
       WHERE pp."placeId" IS NOT NULL`;
    const count = row!.count;
    expect(count).toBeGreaterThan(PLACES_PER_FILE);
    const placeFiles = Math.ceil(count / PLACES_PER_FILE);
    expect(files).toEqual([
      "/sitemap/sidor.xml",
      ...Array.from({ length: placeFiles }, (_, i) => `/sitemap/orter-${i + 1}.xml`),
    ]);

    const pages = await file("sidor.xml");
    expect(pages.headers.get("content-type")).toContain("application/xml");
    const pageLocs = locs(await pages.text());
    expect(pageLocs).toContain("/kommun/umea");
    expect(pageLocs).toContain(`/kommun/upplands-vasby`);
    expect(pageLocs.filter((l) => l.startsWith("/ort/"))).toEqual([]);

    const places: string[] = [];
    for (let n = 1; n <= placeFiles; n++) {
      const listed = locs(await (await file(`orter-${n}.xml`)).text());
      expect(listed.length).toBeLessThanOrEqual(PLACES_PER_FILE);
      places.push(...listed);
    }
    expect(places).toHaveLength(count);
    expect(new Set(places).size).toBe(count);
  });

  it("answers 404 past the last file and for names it never writes", async () => {
    const index = locs(await (await sitemapIndex()).text());
    expect((await file(`orter-${index.length}.xml`)).status).toBe(404);
    for (const name of ["orter-0.xml", "x.xml", "sidor.xml.gz"]) expect((await file(name)).status).toBe(404);
  });
});
