import { describe, expect, it } from "vitest";
import { GET as health } from "../../app/api/health/route";
import { GET as getMunicipality } from "../../app/api/v1/municipalities/[code]/route";
import { GET as listMunicipalities } from "../../app/api/v1/municipalities/route";

const call = (code: string) =>
  getMunicipality(new Request(`http://localhost/api/v1/municipalities/${encodeURIComponent(code)}`), {
    params: Promise.resolve({ code }),
  });

describe("GET /api/v1/municipalities", () => {
  it("lists the 290 kommuner with code, name, slug and county only", async () => {
    const response = await listMunicipalities(new Request("http://localhost/api/v1/municipalities"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toHaveLength(290);
    expect(body.find((m: { code: string }) => m.code === "2480")).toEqual({
      code: "2480",
      name: "Umeå kommun",
      slug: "umea",
      county: { code: "24", name: "Västerbottens län" },
    });
  });
});

describe("GET /api/v1/municipalities/{kommunkod}", () => {
  it("returns the kommun with its partnerships", async () => {
    const response = await call("2480");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.name).toBe("Umeå kommun");
    const twinTowns = body.partnerships.filter((p: { kind: string }) => p.kind === "TWIN_TOWN");
    expect(twinTowns.map((p: { partners: { label: string }[] }) => p.partners[0]!.label)).toEqual([
      "Vasa (Vaasa)",
      "Harstad",
      "Helsingör (Helsingør)",
      "Würzburg",
      "Petrozavodsk",
      "Saskatoon",
    ]);
    expect(twinTowns[0].partners[0]).toMatchObject({ geonameId: 632978, countryCode: "FI" });
    expect(body.partnerships).toHaveLength(11);
  });

  it("includes partnerships the kommun shares with others", async () => {
    const body = await (await call("2281")).json();
    expect(body.partnerships).toHaveLength(1);
    expect(body.partnerships[0].participants.map((p: { code: string }) => p.code).sort()).toEqual([
      "2281",
      "2380",
    ]);
  });

  it("answers an unknown code with a 404 problem", async () => {
    const response = await call("9999");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 404, title: "Not Found" });
  });

  it.each(["abc", "24", "24800", "2480'; DROP TABLE x;--"])(
    "answers a malformed code (%s) with a 400 problem",
    async (code) => {
      const response = await call(code);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        status: 400,
        detail: expect.stringContaining("four digits"),
      });
    },
  );
});

describe("GET /api/health", () => {
  it("is 200 while the database answers", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
  });
});

describe("GET /api/health without a database", () => {
  it("is 503 when the database does not answer", async () => {
    const { createPrismaClient } = await import("../../lib/database/client");
    const holder = globalThis as unknown as { db?: unknown };
    const working = holder.db;
    const unreachable = createPrismaClient("postgresql://nobody:nothing@127.0.0.1:1/none");
    holder.db = unreachable;
    try {
      const response = await health();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable", database: "unreachable" });
    } finally {
      holder.db = working;
      await unreachable.$disconnect();
    }
  });
});
