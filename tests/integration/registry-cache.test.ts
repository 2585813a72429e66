// The results kept in memory until the registry's data changes (lib/cache/data-version-cache.ts):
// the map body, the statistics and the directory's filter choices. An edit through the editing
// domain layer must show on the very next call; without an edit, the kept result is reused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as statisticsApi } from "../../app/api/v1/statistics/route";
import { registryDataVersion } from "../../lib/cache/data-version-cache";
import { loadFilterOptions } from "../../lib/directory/filter-options";
import { NO_FILTERS } from "../../lib/directory/types";
import { mapBody } from "../../lib/map/map-response";
import type { MapData } from "../../lib/map/map-data";
import { removePartnership } from "../../lib/partnerships/lifecycle";
import { createValidatedPartnership, updatePartnership } from "../../lib/partnerships/update";
import { statisticsOf } from "../../lib/stats/statistics-view";
import { testDatabase } from "../support/database";
import { type Scope } from "../../lib/auth/scope";

const db = testDatabase();

// Every partnership created here carries this source and every audit event this actor; both are
// deleted afterwards (other test files count the seeded rows).
const SOURCE = "test:registry-cache";
const actor = { label: "test:registry-cache" };
const ALL: Scope = "all";

let umea = 0;
/** Two countries no seeded partner is in. */
let unused: [string, string] = ["", ""];

const content = (countryCode: string) => ({
  kind: "OTHER",
  otherType: "PROJECT",
  title: "Cachetest",
  startYear: 2020,
  participantIds: [umea],
  partners: [{ type: "ORGANISATION", name: "Cachetestorganisation", countryCode }],
  areaCodes: [],
  fundingCodes: [],
});

async function create(countryCode: string) {
  const result = await createValidatedPartnership(db, content(countryCode), actor, ALL, { source: SOURCE });
  if (!result.ok) throw new Error(`fixture refused: ${JSON.stringify(result)}`);
  return result.partnership;
}

const countryChoices = async () => (await loadFilterOptions(db, "sv")).countries.map((c) => c.value);
const mapLinkIds = async () =>
  (JSON.parse((await mapBody(db, "test:all", NO_FILTERS)).json.toString()) as MapData).links.map(
    ([id]) => id,
  );
const otherIn = async (country: string) =>
  (await statisticsOf(db, { country })).stats.country!.partnerships.OTHER;

beforeAll(async () => {
  umea = (await db.organisation.findUniqueOrThrow({ where: { code: "2480" } })).id;
  const used = new Set(await countryChoices());
  const free = (await db.country.findMany({ select: { code: true }, orderBy: { code: "asc" } }))
    .map((c) => c.code)
    .filter((c) => !used.has(c));
  unused = [free[0]!, free[1]!];
});

afterAll(async () => {
  const created = await db.partnership.findMany({ where: { source: SOURCE }, select: { id: true } });
  await db.auditEvent.deleteMany({
    where: {
      OR: [
        { actorLabel: actor.label },
        { entityType: "Partnership", entityId: { in: created.map((p) => String(p.id)) } },
      ],
    },
  });
  await db.partnership.deleteMany({ where: { source: SOURCE } });
});

describe("registryDataVersion", () => {
  it("stays put without writes and moves with every edit, even within the same millisecond", async () => {
    const before = await registryDataVersion(db);
    expect(await registryDataVersion(db)).toBe(before);
    const p = await create(unused[0]);
    const created = await registryDataVersion(db);
    expect(created).not.toBe(before);
    // An edit that leaves `updatedAt` where it was (as two edits in one millisecond would) still counts.
    await db.partnership.update({
      where: { id: p.id },
      data: { version: { increment: 1 }, updatedAt: p.updatedAt },
    });
    expect(await registryDataVersion(db)).not.toBe(created);
    const edited = await registryDataVersion(db);
    await db.partnership.delete({ where: { id: p.id } });
    // The counter only moves forward: the same data as before is a new version, never an old one.
    expect(await registryDataVersion(db)).not.toBe(edited);
  });
});

describe("cached results follow edits through lib/partnerships at once", () => {
  it("the directory's country choices: a partner's new country appears, a replaced one goes", async () => {
    const [first, second] = unused;
    expect(await countryChoices()).not.toContain(first);
    const p = await create(first);
    expect(await countryChoices()).toContain(first);
    const edited = await updatePartnership(
      db,
      { id: p.id, expectedVersion: p.version, scope: ALL },
      content(second),
      actor,
    );
    expect(edited.ok).toBe(true);
    const choices = await countryChoices();
    expect(choices).toContain(second);
    expect(choices).not.toContain(first);
    await db.partnership.delete({ where: { id: p.id } });
    expect(await countryChoices()).not.toContain(second);
  });

  it("the map body: a new partnership is drawn, a removed one is not; unchanged data reuses the body", async () => {
    const before = await mapBody(db, "test:all", NO_FILTERS);
    expect(await mapBody(db, "test:all", NO_FILTERS)).toBe(before); // kept, not rebuilt
    const p = await create(unused[0]);
    expect(await mapLinkIds()).toContain(p.id);
    const removed = await removePartnership(db, { id: p.id, expectedVersion: p.version, scope: ALL }, actor);
    expect(removed.ok).toBe(true);
    expect(await mapLinkIds()).not.toContain(p.id);
  });

  it("the statistics, on /statistik and in the API: a new partnership counts, an edit moves it", async () => {
    const [first, second] = unused;
    const before = await statisticsOf(db, { country: first });
    expect((await statisticsOf(db, { country: first })).dataset).toBe(before.dataset); // kept, not reloaded
    expect(before.stats.country!.partnerships.OTHER).toBe(0);
    const otherTotal = before.stats.kinds.OTHER;
    const p = await create(first);
    expect(await otherIn(first)).toBe(1);
    expect((await statisticsOf(db, {})).stats.kinds.OTHER).not.toEqual(otherTotal);
    const api = async (country: string) =>
      (await (await statisticsApi(new Request(`http://localhost/api/v1/statistics?land=${country}`))).json())
        .country.partnerships.OTHER;
    expect(await api(first)).toBe(1);
    const edited = await updatePartnership(
      db,
      { id: p.id, expectedVersion: p.version, scope: ALL },
      content(second),
      actor,
    );
    expect(edited.ok).toBe(true);
    expect(await otherIn(first)).toBe(0);
    expect(await otherIn(second)).toBe(1);
    expect(await api(first)).toBe(0);
    expect(await api(second)).toBe(1);
  });
});
