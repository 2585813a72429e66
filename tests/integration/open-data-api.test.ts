import SwaggerParser from "@apidevtools/swagger-parser";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { GET as bulk } from "../../app/api/v1/bulk/[file]/route";
import { GET as countries } from "../../app/api/v1/countries/route";
import { GET as map } from "../../app/api/v1/map/route";
import { GET as municipality } from "../../app/api/v1/municipalities/[code]/route";
import { GET as municipalities } from "../../app/api/v1/municipalities/route";
import { GET as networks } from "../../app/api/v1/networks/route";
import { GET as openapi } from "../../app/api/v1/openapi.json/route";
import { GET as organisation } from "../../app/api/v1/organisations/[code]/route";
import { GET as organisations } from "../../app/api/v1/organisations/route";
import { GET as partnership } from "../../app/api/v1/partnerships/[id]/route";
import { GET as partnerships } from "../../app/api/v1/partnerships/route";
import { GET as place } from "../../app/api/v1/places/[geonameId]/route";
import { GET as places } from "../../app/api/v1/places/route";
import { GET as statistics } from "../../app/api/v1/statistics/route";
import { API_PATHS } from "../../lib/api/openapi";
import {
  countrySchema,
  networkSchema,
  organisationDetailSchema,
  organisationSummarySchema,
  partnershipPageSchema,
  partnershipSchema,
  placeSchema,
  statisticsSchema,
} from "../../lib/api/schemas";
import { computeStatistics } from "../../lib/stats/compute";
import { loadStatsDataset } from "../../lib/stats/load-dataset";
import { testDatabase } from "../support/database";

const db = testDatabase();
const BASE = "http://localhost";
const request = (url: string, headers: Record<string, string> = {}) =>
  new Request(`${BASE}${url}`, { headers });
const withParams = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });

/** Calls a handler and checks the body against its schema (strictly: no extra fields). */
async function ok<T extends z.ZodType>(response: Response, schema: T): Promise<z.infer<T>> {
  expect(response.status).toBe(200);
  expect(response.headers.get("etag")).toMatch(/^(W\/)?".+"$/);
  expect(response.headers.get("cache-control")).toContain("must-revalidate");
  expect(response.headers.get("link")).toBe(
    '<https://creativecommons.org/publicdomain/zero/1.0/>; rel="license"',
  );
  const body = await response.json();
  expect(schema.parse(body)).toEqual(body);
  return body;
}

async function expectProblem(response: Response, status: number, detail: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const body = await response.json();
  expect(body).toMatchObject({ type: "about:blank", status });
  expect(body.detail).toMatch(detail);
}

const PRIVATE_FIELDS = [
  "contactName",
  "contactTitle",
  "contactEmail",
  "contactPhone",
  "postalAddress",
  "passwordHash",
  "email",
  "actorId",
  "actorLabel",
  "before",
  "after",
  "removedAt",
  "reviewNote",
  "version",
  "searchNames",
  "searchText",
  "officers",
  "assignments",
];

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      into.add(key);
      keysOf(v, into);
    }
  }
  return into;
}

describe("GET /api/v1/organisations", () => {
  it("lists the 290 kommuner and 20 regions", async () => {
    const body = await ok(
      await organisations(request("/api/v1/organisations")),
      organisationSummarySchema.array(),
    );
    expect(body).toHaveLength(310);
    expect(body.find((o) => o.code === "2480")).toEqual({
      code: "2480",
      kind: "MUNICIPALITY",
      name: "Umeå kommun",
      slug: "umea",
      county: { code: "24", name: "Västerbottens län" },
      municipalityGroup: null,
    });
  });

  it("filters by the directory's member parameters", async () => {
    const body = await ok(
      await organisations(request("/api/v1/organisations?medlem=region")),
      organisationSummarySchema.array(),
    );
    expect(body).toHaveLength(20);
    const västerbotten = await ok(
      await organisations(request("/api/v1/organisations?lan=24&medlem=kommun")),
      organisationSummarySchema.array(),
    );
    expect(västerbotten.map((o) => o.county.code)).toEqual(Array(västerbotten.length).fill("24"));
    expect(västerbotten.some((o) => o.name === "Umeå kommun")).toBe(true);
  });

  it("answers a bad filter with a problem naming it", async () => {
    await expectProblem(
      await organisations(request("/api/v1/organisations?medlem=landsting")),
      400,
      /medlem=landsting/,
    );
  });
});

describe("GET /api/v1/organisations/{code}", () => {
  const call = (code: string) => organisation(request(`/api/v1/organisations/${code}`), withParams({ code }));

  it("returns a kommun with its partnerships and public profile", async () => {
    const body = await ok(await call("2480"), organisationDetailSchema);
    expect(body.name).toBe("Umeå kommun");
    expect(body.partnerships).toHaveLength(11);
    expect(body.partnerships.filter((p) => p.kind === "TWIN_TOWN").map((p) => p.partners[0]!.label)).toEqual([
      "Vasa (Vaasa)",
      "Harstad",
      "Helsingör (Helsingør)",
      "Würzburg",
      "Petrozavodsk",
      "Saskatoon",
    ]);
  });

  it("returns a region by its county code", async () => {
    const body = await ok(await call("24"), organisationDetailSchema);
    expect(body).toMatchObject({ kind: "REGION", county: { code: "24" } });
  });

  it("answers unknown and malformed codes with problems", async () => {
    await expectProblem(await call("9999"), 404, /9999/);
    await expectProblem(await call("abc"), 400, /four-digit/);
  });
});

describe("GET /api/v1/partnerships", () => {
  it("pages through every current partnership", async () => {
    const current = await db.partnership.count({ where: { removedAt: null, endedOn: null } });
    const first = await ok(
      await partnerships(request("/api/v1/partnerships?antal=5")),
      partnershipPageSchema,
    );
    expect(first).toMatchObject({ page: 1, pageSize: 5, total: current, pageCount: Math.ceil(current / 5) });
    expect(first.items).toHaveLength(5);
    const second = await ok(
      await partnerships(request("/api/v1/partnerships?antal=5&sida=2")),
      partnershipPageSchema,
    );
    expect(second.items[0]!.id).toBeGreaterThan(first.items[4]!.id);
  });

  it("applies the directory's filters: Finnish vänorter include Umeå–Vasa and nothing else", async () => {
    const body = await ok(
      await partnerships(request("/api/v1/partnerships?typ=vanort&land=fi")),
      partnershipPageSchema,
    );
    expect(body.total).toBeGreaterThan(0);
    for (const p of body.items) {
      expect(p.kind).toBe("TWIN_TOWN");
      expect(p.partners.some((x) => x.countryCode === "FI")).toBe(true);
    }
    expect(
      body.items.some(
        (p) => p.participants.some((o) => o.code === "2480") && p.partners[0]!.label === "Vasa (Vaasa)",
      ),
    ).toBe(true);
  });

  it.each([
    ["typ=foo", /typ=foo/],
    ["antal=0", /antal=0/],
    ["antal=501", /antal=501/],
    ["fran=1800", /fran=1800/],
    ["sida=x", /sida=x/],
  ])("answers %s with a problem", async (query, detail) => {
    await expectProblem(await partnerships(request(`/api/v1/partnerships?${query}`)), 400, detail);
  });

  it("returns one partnership by id, and 404 for a removed one", async () => {
    const any = await db.partnership.findFirstOrThrow({ where: { removedAt: null }, orderBy: { id: "asc" } });
    const body = await ok(
      await partnership(request(`/api/v1/partnerships/${any.id}`), withParams({ id: String(any.id) })),
      partnershipSchema,
    );
    expect(body.id).toBe(any.id);
    await db.partnership.update({ where: { id: any.id }, data: { removedAt: new Date() } });
    try {
      await expectProblem(
        await partnership(request(`/api/v1/partnerships/${any.id}`), withParams({ id: String(any.id) })),
        404,
        /No partnership/,
      );
    } finally {
      await db.partnership.update({ where: { id: any.id }, data: { removedAt: null } });
    }
    await expectProblem(
      await partnership(request("/api/v1/partnerships/x"), withParams({ id: "x" })),
      400,
      /whole number/,
    );
  });
});

describe("GET /api/v1/places, countries, networks", () => {
  it("finds Vasa by its Swedish name within Finland", async () => {
    const body = await ok(
      await places(request("/api/v1/places?q=Vasa&land=FI&limit=3")),
      placeSchema.array(),
    );
    expect(body[0]).toMatchObject({ geonameId: 632978, name: "Vaasa", countryCode: "FI" });
    expect(body.length).toBeLessThanOrEqual(3);
  });

  it("answers a missing or too short query with a problem", async () => {
    await expectProblem(await places(request("/api/v1/places")), 400, /q/);
    await expectProblem(await places(request("/api/v1/places?q=V")), 400, /q/);
    await expectProblem(await places(request("/api/v1/places?q=Vasa&limit=500")), 400, /limit/);
  });

  it("returns one place by GeoNames id", async () => {
    const body = await ok(
      await place(request("/api/v1/places/632978"), withParams({ geonameId: "632978" })),
      placeSchema,
    );
    expect(body.name).toBe("Vaasa");
    await expectProblem(
      await place(request("/api/v1/places/1"), withParams({ geonameId: "1" })),
      404,
      /No place has the id 1\./,
    );
  });

  it("lists countries with their world region, and the networks", async () => {
    const all = await ok(await countries(request("/api/v1/countries")), countrySchema.array());
    expect(all.find((c) => c.code === "FI")).toEqual({
      code: "FI",
      nameSv: "Finland",
      nameEn: "Finland",
      worldRegion: "NORDIC",
    });
    const nets = await ok(await networks(request("/api/v1/networks")), networkSchema.array());
    expect(nets.map((n) => n.name)).toContain("Union of Baltic Cities");
  });
});

describe("GET /api/v1/statistics", () => {
  it("serves the same figures as the statistics page computes, with the historical rounds", async () => {
    const body = await ok(await statistics(request("/api/v1/statistics?land=CN")), statisticsSchema);
    const { asOf: _asOf, ...expected } = computeStatistics(await loadStatsDataset(db), { country: "CN" });
    expect(body).toMatchObject(expected);
    expect(body.historicalRounds.map((r) => [r.year, r.twinOrPartnershipTotal])).toEqual([
      [2007, 1025],
      [2011, 867],
      [2018, 527],
    ]);
  });

  it("answers an unknown country with a problem", async () => {
    await expectProblem(await statistics(request("/api/v1/statistics?land=ZZ")), 400, /land=ZZ/);
  });
});

describe("caching", () => {
  it.each([
    [
      "/api/v1/organisations",
      () => organisations(request("/api/v1/organisations")),
      (h: Record<string, string>) => organisations(request("/api/v1/organisations", h)),
    ],
    [
      "/api/v1/partnerships",
      () => partnerships(request("/api/v1/partnerships")),
      (h: Record<string, string>) => partnerships(request("/api/v1/partnerships", h)),
    ],
    [
      "/api/v1/countries",
      () => countries(request("/api/v1/countries")),
      (h: Record<string, string>) => countries(request("/api/v1/countries", h)),
    ],
    [
      "/api/v1/networks",
      () => networks(request("/api/v1/networks")),
      (h: Record<string, string>) => networks(request("/api/v1/networks", h)),
    ],
    [
      "/api/v1/statistics",
      () => statistics(request("/api/v1/statistics")),
      (h: Record<string, string>) => statistics(request("/api/v1/statistics", h)),
    ],
    [
      "/api/v1/municipalities",
      () => municipalities(request("/api/v1/municipalities")),
      (h: Record<string, string>) => municipalities(request("/api/v1/municipalities", h)),
    ],
    [
      "/api/v1/openapi.json",
      () => openapi(request("/api/v1/openapi.json")),
      (h: Record<string, string>) => openapi(request("/api/v1/openapi.json", h)),
    ],
    [
      "/api/v1/bulk/vanortsregistret.json",
      () =>
        bulk(request("/api/v1/bulk/vanortsregistret.json"), withParams({ file: "vanortsregistret.json" })),
      (h: Record<string, string>) =>
        bulk(request("/api/v1/bulk/vanortsregistret.json", h), withParams({ file: "vanortsregistret.json" })),
    ],
  ])("%s answers If-None-Match with its ETag with 304", async (_path, first, again) => {
    const response = await first();
    const etag = response.headers.get("etag")!;
    expect(etag).toBeTruthy();
    expect(response.headers.get("cache-control")).toBeTruthy();
    await response.body?.cancel();
    const repeat = await again({ "If-None-Match": etag });
    expect(repeat.status).toBe(304);
  });
});

describe("bulk downloads", () => {
  const file = (name: string, query = "") =>
    bulk(request(`/api/v1/bulk/${name}${query}`), withParams({ file: name }));
  const visible = () => db.partnership.count({ where: { removedAt: null } });

  it("holds every public partnership and member as JSON, licensed CC0 in its metadata", async () => {
    const response = await file("vanortsregistret.json");
    expect(response.headers.get("link")).toContain("publicdomain/zero/1.0");
    const body = await response.json();
    expect(body.metadata).toMatchObject({
      license: "CC0-1.0",
      licenseUrl: "https://creativecommons.org/publicdomain/zero/1.0/",
    });
    expect(body.organisations).toHaveLength(310);
    expect(body.partnerships).toHaveLength(await visible());
    for (const p of body.partnerships) partnershipSchema.parse(p);
  });

  it("holds partner places and members as GeoJSON points", async () => {
    const response = await file("vanortsregistret.geojson");
    expect(response.headers.get("content-type")).toBe("application/geo+json; charset=utf-8");
    const body = await response.json();
    expect(body.type).toBe("FeatureCollection");
    expect(body.metadata.license).toBe("CC0-1.0");
    const vasa = body.features.find(
      (f: { properties: { geonameId?: number } }) => f.properties.geonameId === 632978,
    );
    expect(vasa.geometry).toEqual({ type: "Point", coordinates: [expect.any(Number), expect.any(Number)] });
    expect(vasa.properties.participants).toContain("2480");
    expect(
      body.features.filter(
        (f: { properties: { featureType: string } }) => f.properties.featureType === "member",
      ).length,
    ).toBe(
      await db.organisation.count({ where: { centroidLat: { not: null }, centroidLon: { not: null } } }),
    );
  });

  it("holds every public partnership as CSV, Swedish by default and English on request", async () => {
    const sv = await (await file("vanortsregistret.csv")).text();
    expect(sv.split("\r\n")[0]).toContain("Svenska parter;");
    expect(sv.trim().split("\r\n")).toHaveLength((await visible()) + 1);
    const en = await (await file("vanortsregistret.csv", "?lang=en")).text();
    expect(en.split("\r\n")[0]).toContain("Swedish participants,");
  });

  it("answers an unknown file with a 404 problem", async () => {
    await expectProblem(await file("registry.xml"), 404, /vanortsregistret.csv/);
  });
});

describe("only public fields leave", () => {
  it("no response of the API carries a private field name", async () => {
    const bodies = await Promise.all([
      organisations(request("/api/v1/organisations")).then((r) => r.json()),
      organisation(request("/api/v1/organisations/2480"), withParams({ code: "2480" })).then((r) => r.json()),
      municipality(request("/api/v1/municipalities/2480"), withParams({ code: "2480" })).then((r) =>
        r.json(),
      ),
      partnerships(request("/api/v1/partnerships?avslutade=1&antal=500")).then((r) => r.json()),
      places(request("/api/v1/places?q=Vasa")).then((r) => r.json()),
      place(request("/api/v1/places/632978"), withParams({ geonameId: "632978" })).then((r) => r.json()),
      networks(request("/api/v1/networks")).then((r) => r.json()),
      bulk(request("/api/v1/bulk/vanortsregistret.json"), withParams({ file: "vanortsregistret.json" })).then(
        (r) => r.json(),
      ),
      bulk(
        request("/api/v1/bulk/vanortsregistret.geojson"),
        withParams({ file: "vanortsregistret.geojson" }),
      ).then((r) => r.json()),
      map(request("/api/v1/map")).then((r) => r.json()),
    ]);
    const keys = keysOf(bodies);
    expect(PRIVATE_FIELDS.filter((f) => keys.has(f))).toEqual([]);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document whose references all resolve", async () => {
    const document = await (await openapi(request("/api/v1/openapi.json"))).json();
    expect(document.openapi).toBe("3.1.0");
    // validate() checks the document against the OpenAPI 3.1 schema and dereferences every $ref.
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeTruthy();
  });

  it("documents every route under app/api/v1, and no route that does not exist", async () => {
    const document = await (await openapi(request("/api/v1/openapi.json"))).json();
    expect(Object.keys(document.paths).sort()).toEqual([...API_PATHS].sort());
    const root = path.join(import.meta.dirname, "..", "..", "app");
    for (const apiPath of API_PATHS) {
      const folder = apiPath.replace(/\{(\w+)\}/g, "[$1]");
      expect(existsSync(path.join(root, folder, "route.ts")), `${apiPath} has a route handler`).toBe(true);
    }
  });
});
