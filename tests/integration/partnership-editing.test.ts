import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardedUpdate } from "../../lib/partnerships/guard";
import {
  confirmPartnership,
  endPartnership,
  removePartnership,
  reopenPartnership,
  restorePartnership,
} from "../../lib/partnerships/lifecycle";
import { editableView } from "../../lib/partnerships/snapshot";
import { createValidatedPartnership, updatePartnership } from "../../lib/partnerships/update";
import { partnershipHistory, restorePartnershipVersion } from "../../lib/partnerships/versions";
import { PLACES } from "../../prisma/seed/documents";
import { testDatabase } from "../support/database";
import { inLanguage, inSwedish } from "../support/in-language";
import { type Scope } from "../../lib/auth/scope";

const db = testDatabase();

// Every row these tests create carries this source and every audit event this actor; both are
// deleted afterwards, and the one seeded row they change (Umeå–Vasa) is put back exactly,
// because the test files after this one count the seeded rows.
const SOURCE = "test:partnership-editing";
const actor = { label: "test:partnership-editing" };
const ALL: Scope = "all";

let umea = 0;
let solleftea = 0;
let umeaOnly: Scope = ALL;
let sollefteaOnly: Scope = ALL;
let counter = 0;

/** A partnership of Umeå's that no rule objects to (organisations are not compared for duplicates). */
const content = (overrides: Record<string, unknown> = {}) => ({
  kind: "OTHER",
  otherType: "PROJECT",
  title: `Testprojekt ${++counter}`,
  startYear: 2015,
  participantIds: [umea],
  partners: [{ type: "ORGANISATION", name: `Testorganisation ${counter}`, countryCode: "FI" }],
  areaCodes: ["culture"],
  fundingCodes: ["eu"],
  ...overrides,
});

async function fresh(overrides: Record<string, unknown> = {}) {
  const result = await createValidatedPartnership(db, content(overrides), actor, ALL, { source: SOURCE });
  if (!result.ok) throw new Error(`fixture refused: ${JSON.stringify(result)}`);
  return result.partnership;
}

/** Everything a write could change about one partnership: its content and its audit events. */
async function stateOf(id: number) {
  const row = await db.partnership.findUniqueOrThrow({
    where: { id },
    include: { participants: true, partners: true, areas: true, fundingForms: true },
  });
  const audits = await db.auditEvent.count({ where: { entityType: "Partnership", entityId: String(id) } });
  return { view: editableView(row), version: row.version, updatedAt: row.updatedAt, audits };
}

const counts = async () => ({
  partnerships: await db.partnership.count(),
  audits: await db.auditEvent.count(),
});

let vasa: Awaited<ReturnType<typeof db.partnership.findFirstOrThrow>>;

beforeAll(async () => {
  umea = (await db.organisation.findUniqueOrThrow({ where: { code: "2480" } })).id;
  solleftea = (await db.organisation.findUniqueOrThrow({ where: { code: "2283" } })).id;
  umeaOnly = { organisationIds: [umea] };
  sollefteaOnly = { organisationIds: [solleftea] };
  vasa = await db.partnership.findFirstOrThrow({
    where: {
      kind: "TWIN_TOWN",
      participants: { some: { organisationId: umea } },
      partners: { some: { placeId: PLACES.vaasa } },
    },
  });
});

afterAll(async () => {
  const { endedOn, endReason, endDecisionRef, version, removedAt, verification, reviewNote, updatedAt } =
    vasa;
  await db.partnership.update({
    where: { id: vasa.id },
    data: { endedOn, endReason, endDecisionRef, version, removedAt, verification, reviewNote, updatedAt },
  });
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

describe("createValidatedPartnership", () => {
  it("refuses invalid input with Swedish field errors and writes nothing", async () => {
    const before = await counts();
    const result = await createValidatedPartnership(
      db,
      content({ startYear: 1850, otherType: null }),
      actor,
      ALL,
      { source: SOURCE },
    );
    expect(inSwedish(result)).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: {
        startYear: [`Startåret måste vara ett årtal mellan 1900 och ${new Date().getFullYear()}.`],
        otherType: ["Välj vilket slags samarbete det är, eftersom typen är annat internationellt samarbete."],
      },
    });
    const unknownCodes = await createValidatedPartnership(
      db,
      content({ areaCodes: ["knitting"], participantIds: [umea, 999999] }),
      actor,
      ALL,
    );
    expect(inSwedish(unknownCodes)).toMatchObject({
      kind: "invalid",
      fieldErrors: {
        areaCodes: ["Samarbetsområdet ”knitting” finns inte. Välj samarbetsområden i listan."],
        participantIds: ["Deltagaren med id 999999 finns inte. Välj kommuner och regioner i listan."],
      },
    });
    expect(await counts()).toEqual(before);
  });

  it("is forbidden when no participant is in scope, and writes nothing", async () => {
    const before = await counts();
    expect(await createValidatedPartnership(db, content(), actor, sollefteaOnly, { source: SOURCE })).toEqual(
      { ok: false, kind: "forbidden" },
    );
    expect(
      await createValidatedPartnership(db, content(), actor, { organisationIds: [] }, { source: SOURCE }),
    ).toEqual({
      ok: false,
      kind: "forbidden",
    });
    expect(await counts()).toEqual(before);
  });

  it("creates a verified partnership at version 1 with one audit event", async () => {
    const before = await counts();
    const result = await createValidatedPartnership(db, content({ title: "Skolutbyte" }), actor, umeaOnly, {
      source: SOURCE,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.partnership).toMatchObject({
      title: "Skolutbyte",
      version: 1,
      verification: "VERIFIED",
      kind: "OTHER",
      otherType: "PROJECT",
    });
    expect(result.partnership.areas.map((a) => a.areaCode)).toEqual(["culture"]);
    expect(await counts()).toEqual({ partnerships: before.partnerships + 1, audits: before.audits + 1 });
    const [event] = await partnershipHistory(db, result.partnership.id);
    expect(event).toMatchObject({ action: "CREATE", actorLabel: actor.label, before: null });
    expect(event!.after).toMatchObject({ title: "Skolutbyte", version: 1 });
  });

  it("a free-text partner needs review", async () => {
    const p = await fresh({ partners: [{ type: "FREE_TEXT", name: "Eno" }] });
    expect(p.verification).toBe("NEEDS_REVIEW");
    expect(p.reviewNote).toMatch(/fritext/);
  });
});

describe("ICLD eligibility of a kommunalt partnerskap", () => {
  const municipal = (partners: unknown[], startYear?: number) =>
    content({
      kind: "MUNICIPAL_PARTNERSHIP",
      otherType: null,
      startYear,
      partners,
      fundingCodes: ["sida_icld"],
    });

  it("China in 2018 is eligible", async () => {
    const result = await createValidatedPartnership(
      db,
      municipal([{ type: "PLACE", placeId: PLACES.xian, name: "Xi’an" }], 2018),
      actor,
      umeaOnly,
      {
        source: SOURCE,
      },
    );
    expect(result.ok).toBe(true);
  });

  it("a later start year uses the latest list before it", async () => {
    const result = await createValidatedPartnership(
      db,
      municipal([{ type: "COUNTRY", countryCode: "CN" }], 2021),
      actor,
      umeaOnly,
      { source: SOURCE },
    );
    expect(result.ok).toBe(true);
  });

  it("Finland is not, and says so in Swedish", async () => {
    const before = await counts();
    const result = await createValidatedPartnership(
      db,
      municipal([{ type: "PLACE", placeId: PLACES.vaasa, name: "Vasa" }], 2018),
      actor,
      umeaOnly,
      {
        source: SOURCE,
      },
    );
    expect(inSwedish(result)).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: {
        "partners.0": [
          "Finland fanns inte bland länderna som kunde ha kommunala partnerskap genom ICLD 2018. Kontrollera landet, startåret eller typen av samarbete.",
        ],
      },
    });
    expect(await counts()).toEqual(before);
  });

  it("without a list at or before the start year, or without a start year, it says so", async () => {
    const early = await createValidatedPartnership(
      db,
      municipal([{ type: "COUNTRY", countryCode: "CN" }], 2010),
      actor,
      umeaOnly,
    );
    expect(inSwedish(early)).toMatchObject({
      kind: "invalid",
      fieldErrors: { startYear: [expect.stringMatching(/ingen ICLD-lista .* 2010 eller tidigare/)] },
    });
    const none = await createValidatedPartnership(
      db,
      municipal([{ type: "COUNTRY", countryCode: "CN" }]),
      actor,
      umeaOnly,
    );
    expect(inSwedish(none)).toMatchObject({
      kind: "invalid",
      fieldErrors: { startYear: [expect.stringMatching(/^Ange startåret/)] },
    });
  });
});

describe("updatePartnership", () => {
  it("refuses invalid input and changes nothing", async () => {
    const p = await fresh();
    const before = await stateOf(p.id);
    const result = await updatePartnership(
      db,
      { id: p.id, expectedVersion: 1, scope: umeaOnly },
      content({ otherType: undefined }),
      actor,
    );
    expect(inSwedish(result)).toMatchObject({
      kind: "invalid",
      fieldErrors: { otherType: [expect.stringMatching(/^Välj vilket slags samarbete/)] },
    });
    const endBeforeStart = await endPartnership(
      db,
      { id: p.id, expectedVersion: 1, scope: umeaOnly },
      { endedOn: "2016-01-01" },
      actor,
    );
    expect(endBeforeStart.ok).toBe(true);
    const startAfterEnd = await updatePartnership(
      db,
      { id: p.id, expectedVersion: 2, scope: umeaOnly },
      content({ startYear: 2020 }),
      actor,
    );
    expect(inSwedish(startAfterEnd)).toMatchObject({
      kind: "invalid",
      fieldErrors: { endedOn: [expect.stringMatching(/före startåret 2020/)] },
    });
    const after = await stateOf(p.id);
    expect({ ...after.view, endedOn: null }).toEqual({ ...before.view, endedOn: null });
    expect(after.audits).toBe(before.audits + 1); // the end only
  });

  it("refuses to move a partnership out of the officer's own reach", async () => {
    const p = await fresh();
    const result = await updatePartnership(
      db,
      { id: p.id, expectedVersion: 1, scope: umeaOnly },
      content({ participantIds: [solleftea] }),
      actor,
    );
    expect(inSwedish(result)).toMatchObject({
      kind: "invalid",
      fieldErrors: { participantIds: [expect.stringMatching(/som du företräder/)] },
    });
  });

  it("replaces fields and relations, bumps the version and audits before and after", async () => {
    const p = await fresh();
    const before = await stateOf(p.id);
    const input = content({
      title: "Nytt namn",
      activityLevel: "SPORADIC",
      participantIds: [umea, solleftea],
      partners: [{ type: "PLACE", placeId: PLACES.wurzburg, name: "Würzburg" }],
      areaCodes: ["education", "tourism"],
      fundingCodes: [],
      decisionRefs: ["KS 2024-01-15 § 3"],
    });
    const result = await updatePartnership(
      db,
      { id: p.id, expectedVersion: 1, scope: umeaOnly },
      input,
      actor,
    );
    expect(result.ok).toBe(true);
    const after = await stateOf(p.id);
    expect(after.version).toBe(2);
    expect(after.audits).toBe(before.audits + 1);
    expect(after.view).toMatchObject({
      title: "Nytt namn",
      activityLevel: "SPORADIC",
      participantIds: [umea, solleftea].sort((a, b) => a - b),
      partners: [
        { type: "PLACE", placeId: PLACES.wurzburg, name: "Würzburg", countryCode: null, networkId: null },
      ],
      areaCodes: ["education", "tourism"],
      fundingCodes: [],
      decisionRefs: ["KS 2024-01-15 § 3"],
    });
    const [event] = await partnershipHistory(db, p.id);
    expect(event).toMatchObject({ action: "UPDATE", actorLabel: actor.label });
    expect(event!.before).toMatchObject({ version: 1, title: p.title });
    expect(event!.after).toMatchObject({ version: 2, title: "Nytt namn" });
  });

  it("a stale version is a conflict naming what changed, and changes nothing", async () => {
    const p = await fresh();
    const first = await updatePartnership(
      db,
      { id: p.id, expectedVersion: 1, scope: umeaOnly },
      content({ title: "Först", startYear: 2016 }),
      actor,
    );
    expect(first.ok).toBe(true);
    const before = await stateOf(p.id);
    const second = await updatePartnership(
      db,
      { id: p.id, expectedVersion: 1, scope: umeaOnly },
      content({ title: "Sedan" }),
      actor,
    );
    expect(second.ok).toBe(false);
    if (second.ok || second.kind !== "conflict")
      throw new Error(`expected a conflict: ${JSON.stringify(second)}`);
    expect(second.current).toMatchObject({ id: p.id, version: 2, title: "Först" });
    expect(second.changedFields).toEqual(["title", "startYear", "partners"]);
    expect(await stateOf(p.id)).toEqual(before);
  });
});

describe("every write to an existing partnership", () => {
  type Target = { id: number; expectedVersion: number; scope: Scope };
  // Each write with a partnership prepared so that, in scope and with the right version, it would succeed.
  const writes: [string, (target: Target) => Promise<unknown>, (id: number) => Promise<number>][] = [
    ["update", (t) => updatePartnership(db, t, content(), actor), async () => 1],
    ["end", (t) => endPartnership(db, t, { endedOn: "2020-05-01" }, actor), async () => 1],
    ["reopen", (t) => reopenPartnership(db, t, actor), async (id) => ended(id)],
    ["confirm", (t) => confirmPartnership(db, t, actor), async () => 1],
    ["remove", (t) => removePartnership(db, t, actor), async () => 1],
    ["restore", (t) => restorePartnership(db, t, actor), async (id) => removed(id)],
    [
      "restore version",
      async (t) =>
        restorePartnershipVersion(db, t, (await partnershipHistory(db, t.id)).at(-1)?.id ?? 0, actor),
      async () => 1,
    ],
  ];

  async function ended(id: number) {
    const r = await endPartnership(
      db,
      { id, expectedVersion: 1, scope: ALL },
      { endedOn: "2020-05-01" },
      actor,
    );
    if (!r.ok) throw new Error("could not end");
    return r.partnership.version;
  }
  async function removed(id: number) {
    const r = await removePartnership(db, { id, expectedVersion: 1, scope: ALL }, actor);
    if (!r.ok) throw new Error("could not remove");
    return r.partnership.version;
  }

  for (const [name, write, prepare] of writes) {
    it(`${name}: out of scope is forbidden, stale is a conflict, unknown is not found, each changing nothing`, async () => {
      const p = await fresh();
      const version = await prepare(p.id);
      const before = await stateOf(p.id);
      expect(await write({ id: p.id, expectedVersion: version, scope: sollefteaOnly })).toEqual({
        ok: false,
        kind: "forbidden",
      });
      expect(await write({ id: p.id, expectedVersion: version, scope: { organisationIds: [] } })).toEqual({
        ok: false,
        kind: "forbidden",
      });
      expect(await write({ id: p.id, expectedVersion: version + 1, scope: umeaOnly })).toMatchObject({
        ok: false,
        kind: "conflict",
      });
      expect(await write({ id: 99_999_999, expectedVersion: 1, scope: ALL })).toEqual({
        ok: false,
        kind: "not_found",
      });
      expect(await stateOf(p.id)).toEqual(before);

      const result = await write({ id: p.id, expectedVersion: version, scope: umeaOnly });
      expect(result).toMatchObject({ ok: true });
      const after = await stateOf(p.id);
      expect(after.version).toBe(version + 1);
      expect(after.audits).toBe(before.audits + 1);
    });
  }

  it("the tenant condition is in the write's where, not only in the read before it", async () => {
    const p = await fresh();
    const before = await stateOf(p.id);
    expect(
      await guardedUpdate(db, { id: p.id, expectedVersion: 1, scope: sollefteaOnly }, "live", {
        title: "Kapad",
      }),
    ).toBe(false);
    expect(
      await guardedUpdate(db, { id: p.id, expectedVersion: 1, scope: { organisationIds: [] } }, "live", {
        title: "Kapad",
      }),
    ).toBe(false);
    expect(await stateOf(p.id)).toEqual(before);
  });
});

describe("ending, reopening, confirming, removing, restoring", () => {
  it("end keeps the partnership as history; its rules answer in Swedish and change nothing", async () => {
    const p = await fresh({ startYear: 2015 });
    const target = { id: p.id, expectedVersion: 1, scope: umeaOnly };
    const before = await stateOf(p.id);
    expect(inSwedish(await endPartnership(db, target, { endedOn: "2014-12-31" }, actor))).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: {
        endedOn: ["Slutdatumet kan inte vara före startåret 2015. Ändra slutdatumet eller startåret."],
      },
    });
    expect(inSwedish(await endPartnership(db, target, { endedOn: "2999-01-01" }, actor))).toMatchObject({
      kind: "invalid",
      fieldErrors: { endedOn: [expect.stringMatching(/^Slutdatumet kan inte vara senare än i dag/)] },
    });
    expect(inSwedish(await endPartnership(db, target, {}, actor))).toMatchObject({
      kind: "invalid",
      fieldErrors: { endedOn: [expect.any(String)] },
    });
    expect(await stateOf(p.id)).toEqual(before);

    const ended = await endPartnership(
      db,
      target,
      { endedOn: "2021-06-30", endReason: "Kommunsammanslagning", endDecisionRef: "KF 2021-06-14 § 80" },
      actor,
    );
    expect(ended.ok && ended.partnership).toMatchObject({
      endReason: "Kommunsammanslagning",
      endDecisionRef: "KF 2021-06-14 § 80",
      version: 2,
    });
    expect(ended.ok && ended.partnership.endedOn?.toISOString().slice(0, 10)).toBe("2021-06-30");
    expect(
      inSwedish(
        await endPartnership(db, { ...target, expectedVersion: 2 }, { endedOn: "2022-01-01" }, actor),
      ),
    ).toMatchObject({
      kind: "invalid",
      fieldErrors: { endedOn: [expect.stringMatching(/avslutades redan 2021-06-30/)] },
    });

    const reopened = await reopenPartnership(db, { ...target, expectedVersion: 2 }, actor);
    expect(reopened.ok && reopened.partnership).toMatchObject({
      endedOn: null,
      endReason: null,
      endDecisionRef: null,
      version: 3,
    });
    expect(inSwedish(await reopenPartnership(db, { ...target, expectedVersion: 3 }, actor))).toMatchObject({
      kind: "invalid",
      fieldErrors: { form: [expect.any(String)] },
    });
  });

  it("confirm verifies and clears the review note", async () => {
    const p = await fresh({ partners: [{ type: "FREE_TEXT", name: "Eno" }] });
    const result = await confirmPartnership(db, { id: p.id, expectedVersion: 1, scope: umeaOnly }, actor);
    expect(result.ok && result.partnership).toMatchObject({
      verification: "VERIFIED",
      reviewNote: null,
      version: 2,
    });
  });

  it("remove is reversible; a removed partnership cannot be edited until restored", async () => {
    const p = await fresh();
    const removed = await removePartnership(db, { id: p.id, expectedVersion: 1, scope: umeaOnly }, actor);
    expect(removed.ok && removed.partnership.removedAt).toBeInstanceOf(Date);
    expect(
      await updatePartnership(db, { id: p.id, expectedVersion: 2, scope: umeaOnly }, content(), actor),
    ).toEqual({ ok: false, kind: "not_found" });
    expect(await removePartnership(db, { id: p.id, expectedVersion: 2, scope: umeaOnly }, actor)).toEqual({
      ok: false,
      kind: "not_found",
    });
    const restored = await restorePartnership(db, { id: p.id, expectedVersion: 2, scope: umeaOnly }, actor);
    expect(restored.ok && restored.partnership).toMatchObject({ removedAt: null, version: 3 });
    expect(
      await restorePartnership(db, { id: p.id, expectedVersion: 3, scope: umeaOnly }, actor),
    ).toMatchObject({ kind: "invalid" });
    expect((await partnershipHistory(db, p.id)).map((e) => e.action)).toEqual([
      "RESTORE",
      "REMOVE",
      "CREATE",
    ]);
  });
});

describe("the duplicate rule", () => {
  const secondVasa = () => ({
    kind: "TWIN_TOWN",
    participantIds: [umea],
    partners: [{ type: "PLACE", placeId: PLACES.vaasa, name: "Vasa" }],
  });

  it("refuses a second current vänort Umeå–Vasa, allows it once the first has ended, then refuses reopening the first", async () => {
    const before = await counts();
    const refused = await createValidatedPartnership(db, secondVasa(), actor, umeaOnly, { source: SOURCE });
    expect(inLanguage(refused, "en")).toMatchObject({
      fieldErrors: {
        "partners.0": [
          "Umeå kommun already has a current twin town with Vaasa. Edit the existing cooperation, or end it first.",
        ],
      },
    });
    expect(inSwedish(refused)).toEqual({
      ok: false,
      kind: "invalid",
      fieldErrors: {
        "partners.0": [
          "Umeå kommun har redan ett pågående samarbete av typen vänort med Vasa (Vaasa). Redigera det befintliga samarbetet, eller avsluta det först.",
        ],
      },
    });
    expect(await counts()).toEqual(before);

    const end = await endPartnership(
      db,
      { id: vasa.id, expectedVersion: vasa.version, scope: umeaOnly },
      { endedOn: "2019-12-31" },
      actor,
    );
    expect(end.ok).toBe(true);
    const allowed = await createValidatedPartnership(db, secondVasa(), actor, umeaOnly, { source: SOURCE });
    expect(allowed.ok).toBe(true);

    expect(
      inSwedish(
        await reopenPartnership(
          db,
          { id: vasa.id, expectedVersion: vasa.version + 1, scope: umeaOnly },
          actor,
        ),
      ),
    ).toMatchObject({
      kind: "invalid",
      fieldErrors: {
        "partners.0": [
          expect.stringMatching(/^Umeå kommun har redan ett pågående samarbete av typen vänort med Vasa/),
        ],
      },
    });
    // Another kind with the same partner is not a duplicate.
    const other = await createValidatedPartnership(
      db,
      { ...secondVasa(), kind: "OTHER", otherType: "PROJECT" },
      actor,
      umeaOnly,
      { source: SOURCE },
    );
    expect(other.ok).toBe(true);
  });
});

describe("restorePartnershipVersion and history", () => {
  it("re-applies an earlier snapshot as a new version", async () => {
    const p = await fresh({ title: "Original", areaCodes: ["culture"], activityLevel: "ACTIVE" });
    const original = await stateOf(p.id);
    const changed = await updatePartnership(
      db,
      { id: p.id, expectedVersion: 1, scope: umeaOnly },
      content({
        title: "Ändrad",
        areaCodes: ["tourism"],
        partners: [{ type: "COUNTRY", countryCode: "EE", name: "Estland" }],
      }),
      actor,
    );
    expect(changed.ok).toBe(true);
    const history = await partnershipHistory(db, p.id);
    expect(history.map((e) => e.action)).toEqual(["UPDATE", "CREATE"]);
    const created = history[1]!;

    const restored = await restorePartnershipVersion(
      db,
      { id: p.id, expectedVersion: 2, scope: umeaOnly },
      created.id,
      actor,
    );
    expect(restored.ok && restored.partnership).toMatchObject({ title: "Original", version: 3 });
    const after = await stateOf(p.id);
    expect(after.view).toEqual(original.view);
    expect(after.version).toBe(3);
    const newest = await partnershipHistory(db, p.id);
    expect(newest).toHaveLength(3);
    // Logged as a restore that names the version it brought back.
    expect(newest[0]).toMatchObject({
      action: "RESTORE",
      restoredFromId: created.id,
      before: expect.objectContaining({ title: "Ändrad", version: 2 }),
    });
  });

  it("an event of another partnership, or none, is not found", async () => {
    const p = await fresh();
    const q = await fresh();
    const [event] = await partnershipHistory(db, q.id);
    const before = await stateOf(p.id);
    expect(
      await restorePartnershipVersion(
        db,
        { id: p.id, expectedVersion: 1, scope: umeaOnly },
        event!.id,
        actor,
      ),
    ).toEqual({ ok: false, kind: "not_found" });
    expect(
      await restorePartnershipVersion(
        db,
        { id: p.id, expectedVersion: 1, scope: umeaOnly },
        "nonsense",
        actor,
      ),
    ).toEqual({ ok: false, kind: "not_found" });
    expect(await stateOf(p.id)).toEqual(before);
  });
});
