import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as changesRoute } from "../../app/api/v1/changes/route";
import { findOrganisation, listOrganisations } from "../../lib/api/registry";
import { toPartnershipSummary } from "../../lib/api/municipalities";
import { encodeCursor } from "../../lib/changes/cursor";
import { NO_FILTERS } from "../../lib/directory/types";
import { updateOrganisationProfile } from "../../lib/organisations/update-profile";
import { visiblePartnership } from "../../lib/partnerships/participation";
import { answerParticipation } from "../../lib/partnerships/consent";
import { createPartnership } from "../../lib/partnerships/create";
import { publicPartnershipDetail } from "../../lib/partnerships/queries";
import {
  confirmPartnership,
  endPartnership,
  removePartnership,
  restorePartnership,
} from "../../lib/partnerships/lifecycle";
import { IMPORT_SOURCE_PREFIX } from "../../lib/partnerships/participation";
import { testDatabase } from "../support/database";

// The change list replayed from the start must give exactly the registry's public data: every
// partnership the public API shows (ended ones too) and every member's public profile. Rows
// that are not public (an unreviewed import, a request another member has not confirmed) must
// not appear until they are. Everything created here is deleted afterwards.
const db = testDatabase();
const actor = { label: "test" };
const created: number[] = [];
let umea = { id: 0, code: "" };
let solleftea = { id: 0, code: "" };
const profileBefore: { website: string | null } = { website: null };

type Change = {
  cursor: string;
  entity: "partnership" | "organisation";
  id: string;
  change: string;
  data: Record<string, unknown> | null;
};

async function page(query: string) {
  const response = await changesRoute(new Request(`http://localhost/api/v1/changes${query}`));
  expect(response.status).toBe(200);
  return (await response.json()) as { changes: Change[]; next: string; more: boolean };
}

/** Every change after `since`, page by page (small pages, so paging itself is tested). */
async function readAll(since?: string) {
  const all: Change[] = [];
  let cursor = since;
  for (;;) {
    const body = await page(`?antal=37${cursor ? `&since=${cursor}` : ""}`);
    all.push(...body.changes);
    if (body.changes.length) expect(body.next).toBe(body.changes.at(-1)!.cursor);
    else expect(body.next).toBe(cursor ?? encodeCursor(0n));
    cursor = body.next;
    if (!body.more) return { changes: all, next: cursor };
  }
}

const state = { partnerships: new Map<string, unknown>(), organisations: new Map<string, unknown>() };
function replay(changes: Change[]) {
  for (const c of changes) {
    const map = c.entity === "partnership" ? state.partnerships : state.organisations;
    if (c.data === null) map.delete(c.id);
    else map.set(c.id, c.data);
  }
}

/** The registry's public data now, as the public API reads it. */
async function currentPublicData() {
  const partnerships = await db.partnership.findMany({
    where: visiblePartnership,
    include: publicPartnershipDetail,
    orderBy: { id: "asc" },
  });
  const organisations = new Map<string, unknown>();
  const codes = (await listOrganisations(db, NO_FILTERS)).map((o) => o.code);
  for (let i = 0; i < codes.length; i += 20)
    for (const detail of await Promise.all(
      codes.slice(i, i + 20).map((code) => findOrganisation(db, code)),
    )) {
      const { partnerships: _own, partnershipsPage: _page, ...profile } = detail!;
      organisations.set(profile.code, profile);
    }
  return {
    partnerships: new Map(partnerships.map((p) => [String(p.id), toPartnershipSummary(p)])),
    organisations,
  };
}

async function expectReplayEqualsRegistry() {
  const now = await currentPublicData();
  expect(new Map([...state.partnerships].sort())).toEqual(new Map([...now.partnerships].sort()));
  expect(state.organisations).toEqual(now.organisations);
}

const project = (title: string, overrides: Partial<Parameters<typeof createPartnership>[1]> = {}) => ({
  kind: "OTHER" as const,
  otherType: "PROJECT" as const,
  title,
  verification: "VERIFIED" as const,
  participantIds: [umea.id],
  partners: [{ type: "ORGANISATION" as const, name: `${title} partner`, countryCode: "EE" }],
  ...overrides,
});

async function create(input: Parameters<typeof createPartnership>[1], scope?: { organisationIds: number[] }) {
  const p = await createPartnership(db, input, actor, scope ? { scope } : {});
  created.push(p.id);
  return p;
}

const target = async (id: number) => ({
  id,
  expectedVersion: (await db.partnership.findUniqueOrThrow({ where: { id } })).version,
  scope: "all" as const,
});

beforeAll(async () => {
  const members = await db.organisation.findMany({ where: { code: { in: ["2480", "2283"] } } });
  umea = members.find((m) => m.code === "2480")!;
  solleftea = members.find((m) => m.code === "2283")!;
  profileBefore.website = (await db.organisation.findUniqueOrThrow({ where: { id: umea.id } })).website;
});

afterAll(async () => {
  await db.partnership.deleteMany({ where: { id: { in: created } } });
  await db.organisation.update({ where: { id: umea.id }, data: { website: profileBefore.website } });
});

// Each step reads every member through the API: minutes on a loaded machine, not seconds.
describe("GET /api/v1/changes", { timeout: 180_000 }, () => {
  let cursor = "";

  it("replayed from the start gives the seeded registry's public data", async () => {
    const { changes, next } = await readAll();
    expect(changes.length).toBeGreaterThan(300); // 311 members and the seeded partnerships
    expect(new Set(changes.map((c) => c.change))).toEqual(new Set(["created"]));
    replay(changes);
    await expectReplayEqualsRegistry();
    cursor = next;
    // Asked again, nothing new: the same cursor comes back.
    expect((await page(`?since=${cursor}`)).changes).toEqual([]);
  });

  it("lists each edit, ending, removal and restore in order, and replays to the registry", async () => {
    const p = await create(project("Ändringsprojekt"));
    await endPartnership(db, await target(p.id), { endedOn: "2024-01-31" }, actor);
    await removePartnership(db, await target(p.id), actor);
    await restorePartnership(db, await target(p.id), actor);
    await updateOrganisationProfile(db, umea.id, { website: "https://www.umea.se/andrad" }, actor);
    const { changes, next } = await readAll(cursor);
    expect(changes.map((c) => [c.entity, c.id, c.change])).toEqual([
      ["partnership", String(p.id), "created"],
      ["partnership", String(p.id), "ended"],
      ["partnership", String(p.id), "removed"],
      ["partnership", String(p.id), "restored"],
      ["organisation", "2480", "edited"],
    ]);
    expect(changes[2]!.data).toBeNull();
    expect(changes[4]!.data).toMatchObject({ code: "2480", website: "https://www.umea.se/andrad" });
    replay(changes);
    await expectReplayEqualsRegistry();
    cursor = next;
  });

  it("shows an imported row only once it is reviewed, and a co-participant only once it consents", async () => {
    const imported = await create(
      project("Importerat projekt", {
        verification: "NEEDS_REVIEW",
        source: `${IMPORT_SOURCE_PREFIX}fil med SHA-256 abc, rad 2`,
        reviewNote: "Intern anteckning: kandidaterna Esashi och Esashi-cho",
      }),
    );
    const shared = await create(project("Delat projekt", { participantIds: [umea.id, solleftea.id] }), {
      organisationIds: [umea.id],
    });
    let { changes } = await readAll(cursor);
    // The request to Sollefteå is not public: the partnership shows with Umeå alone.
    expect(changes.map((c) => [c.id, c.change])).toEqual([[String(shared.id), "created"]]);
    expect((changes[0]!.data as { participants: { code: string }[] }).participants).toEqual([
      { code: "2480", name: "Umeå kommun" },
    ]);

    await answerParticipation(
      db,
      { partnershipId: shared.id, organisationId: solleftea.id, scope: "all" },
      "confirm",
      actor,
    );
    await confirmPartnership(db, await target(imported.id), actor);
    const after = await readAll(cursor);
    changes = after.changes;
    expect(changes.map((c) => [c.id, c.change])).toEqual([
      [String(shared.id), "created"],
      [String(shared.id), "edited"],
      [String(imported.id), "created"],
    ]);
    expect((changes[1]!.data as { participants: unknown[] }).participants).toHaveLength(2);
    // Public fields only: no review note, no contact e-mail, whatever the change.
    const text = JSON.stringify(changes);
    expect(text).not.toContain("Intern anteckning");
    expect(text).not.toMatch(/reviewNote|contactEmail|contactName|confirmedBy/);
    replay(changes);
    await expectReplayEqualsRegistry();
    cursor = after.next;
  });

  it("catches writes that bypass the domain, and rows deleted outright", async () => {
    const p = await create(project("Direktskrivet projekt"));
    await db.partnership.update({
      where: { id: p.id },
      data: { title: "Direktskrivet projekt, nytt namn", version: { increment: 1 } },
    });
    const gone = created.find((id) => id !== p.id)!;
    await db.partnership.delete({ where: { id: gone } });
    const { changes, next } = await readAll(cursor);
    expect(changes.map((c) => [c.id, c.change])).toEqual(
      expect.arrayContaining([
        [String(p.id), "created"],
        [String(p.id), "edited"],
        [String(gone), "removed"],
      ]),
    );
    replay(changes);
    await expectReplayEqualsRegistry();
    cursor = next;
  });

  it("refuses a cursor it did not hand out, and a page size out of range, with 400", async () => {
    for (const query of [
      "?since=garbage",
      "?since=",
      "?since=MTIz",
      "?antal=0",
      "?antal=501",
      "?antal=abc",
    ]) {
      const response = await changesRoute(new Request(`http://localhost/api/v1/changes${query}`));
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect((await response.json()).detail).toMatch(/since=|antal=/);
    }
  });
});
