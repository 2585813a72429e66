import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/v1/map/route";
import { NO_FILTERS } from "../../lib/directory/types";
import { loadMapData, type MapData } from "../../lib/map/map-data";
import { compactMapData } from "../../lib/map/model";
import { testDatabase } from "../support/database";

const db = testDatabase();
const get = (query = "", headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/api/v1/map${query}`, { headers }));

async function mapData(query = ""): Promise<MapData> {
  const response = await get(query);
  expect(response.status).toBe(200);
  return response.json();
}

function linksOf(data: MapData, memberCode: string) {
  return data.links
    .filter(([, member]) => data.members[member]![1] === memberCode)
    .map(([id, , target, kind, activity, flags]) => ({
      id,
      target: data.targets[target]!,
      kind,
      activity,
      flags,
    }));
}

describe("GET /api/v1/map", () => {
  it("places every member and links each partnership to its partners", async () => {
    const data = await mapData();
    expect(data.members).toHaveLength(310);
    expect(data.members.every(([, , , , , lat, lon]) => lat !== null && lon !== null)).toBe(true);
    const umea = linksOf(data, "2480");
    expect(umea).toHaveLength(11);
    expect(umea.filter((l) => l.kind === "T").map((l) => l.target[1])).toEqual([
      "Vasa (Vaasa)",
      "Harstad",
      "Helsingör (Helsingør)",
      "Würzburg",
      "Petrozavodsk",
      "Saskatoon",
    ]);
  });

  it("names partners for English pages with sprak=en, and caches each language apart", async () => {
    const english = await mapData("?sprak=en");
    const names = linksOf(english, "2480").map((l) => l.target[1]);
    expect(names).toEqual(expect.arrayContaining(["Vaasa", "Helsingør", "Seychelles"]));
    expect(names).not.toContain("Vasa (Vaasa)");
    const swedish = linksOf(await mapData(), "2480").map((l) => l.target[1]);
    expect(swedish).toEqual(expect.arrayContaining(["Vasa (Vaasa)", "Seychellerna"]));
  });

  it("draws a whole country at its capital and keeps networks without a position", async () => {
    const data = await mapData();
    const seychelles = data.targets.find(([key]) => key === "c:SC")!;
    expect(seychelles[2]).toBe("SC");
    expect(seychelles[3]).toBeCloseTo(-4.6, 0);
    const unesco = data.targets.find(([, name]) => name === "UNESCO Creative Cities Network")!;
    expect(unesco[3]).toBeNull();
  });

  it("links a shared cooperation from each Swedish participant", async () => {
    const data = await mapData();
    const trondheim = (code: string) => linksOf(data, code).filter((l) => l.target[1] === "Trondheim");
    expect(trondheim("2380")).toHaveLength(1);
    expect(trondheim("2281")).toHaveLength(1);
    expect(trondheim("2380")[0]!.id).toBe(trondheim("2281")[0]!.id);
  });

  it("applies the directory's filters: Finland gives Umeå–Vasa and Sollefteå–Nykarleby", async () => {
    const data = await mapData("?land=FI");
    expect(data.links).toHaveLength(2);
    const pairs = data.links.map(([, m, t]) => `${data.members[m]![3]}–${data.targets[t]![1]}`).sort();
    expect(pairs).toEqual(["Sollefteå kommun–Nykarleby", "Umeå kommun–Vasa (Vaasa)"]);
  });

  it("marks unverified partnerships", async () => {
    const data = await mapData("?lan=22");
    const madison = linksOf(data, "2283").find((l) => l.target[1] === "Madison")!;
    expect(madison.flags & 2).toBe(2);
  });

  it("answers a repeated request with the same ETag with 304", async () => {
    const first = await get("?typ=vanort");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await get("?typ=vanort", { "If-None-Match": etag });
    expect(again.status).toBe(304);
  });

  it("gives a member's own page only that member's links (Östersund without Sundsvall's line to Trondheim)", async () => {
    const ostersund = await db.organisation.findUniqueOrThrow({
      where: { code: "2380" },
      select: { id: true },
    });
    const data = compactMapData(await loadMapData(db, NO_FILTERS, { organisationId: ostersund.id }));
    expect(data.members.map((m) => m[1])).toEqual(["2380"]);
    expect(data.links.length).toBeGreaterThan(0);
    expect(data.links.every(([, member]) => member === 0)).toBe(true);
    expect(data.targets.map(([, name]) => name)).toContain("Trondheim");
  });

  it("answers from its cache until the data changes, then from the new data", async () => {
    const vasa = (data: MapData) => linksOf(data, "2480").find((l) => l.target[1] === "Vasa (Vaasa)")!;
    const before = await mapData("?lan=24");
    expect((await get("?lan=24")).headers.get("etag")).toBe((await get("?lan=24")).headers.get("etag"));
    const partnership = await db.partnership.findUniqueOrThrow({
      where: { id: vasa(before).id },
      select: { activityLevel: true },
    });
    try {
      await db.partnership.update({ where: { id: vasa(before).id }, data: { activityLevel: "ACTIVE" } });
      expect(vasa(await mapData("?lan=24")).activity).toBe("A");
    } finally {
      await db.partnership.update({
        where: { id: vasa(before).id },
        data: { activityLevel: partnership.activityLevel },
      });
    }
    expect(vasa(await mapData("?lan=24")).activity).toBe(vasa(before).activity);
  });

  it("sends one member's links in full with vald, and a clear problem for an unknown or malformed code", async () => {
    const data = await mapData("?vald=2480&typ=vanort");
    expect(data.members).toHaveLength(310);
    expect(data.links.every(([, member]) => data.members[member]![1] === "2480")).toBe(true);
    expect(data.links).toHaveLength(6);
    expect((await get("?vald=9999")).status).toBe(404);
    const bad = await get("?vald=umea");
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/kommunkod/);
  });
});
