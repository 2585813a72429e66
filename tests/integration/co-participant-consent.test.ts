import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  findOrganisation,
  findPartnership,
  findPartnerships as apiPartnerships,
} from "../../lib/api/registry";
import { loadSessionUser, type SessionUser } from "../../lib/auth/session-user";
import { searchParamsToRecord } from "../../lib/directory/page-params";
import { parseDirectoryParams } from "../../lib/directory/parse-params";
import { NO_FILTERS } from "../../lib/directory/types";
import { submitParticipationConfirm, submitParticipationDecline } from "../../lib/manage/consent-actions";
import {
  submitNewPartnership,
  submitPartnershipUpdate,
  submitPartnershipVersionRestore,
} from "../../lib/manage/partnership-actions";
import { findDirectoryPartnerships, managedPartnerships } from "../../lib/partnerships/queries";
import { loadMapData } from "../../lib/map/map-data";
import { findOrganisations } from "../../lib/organisations/directory";
import { findOrganisationPage } from "../../lib/organisations/queries";
import { pendingParticipations } from "../../lib/partnerships/consent";
import { exportPartnershipsJson } from "../../lib/partnerships/export";
import { partnershipHistory } from "../../lib/partnerships/versions";
import { nationalKeyFigures } from "../../lib/stats/key-figures";
import { loadStatsDataset } from "../../lib/stats/load-dataset";
import { testDatabase } from "../support/database";
import { inSwedish } from "../support/in-language";
import { scopeOf, organisationsInScope } from "../../lib/auth/scope";

// Co-participants need consent: Umeå's officer adds Sollefteå to a partnership; until one of
// Sollefteå's officers (or an administrator) confirms, no public read shows it for Sollefteå.
// Everything created here is deleted afterwards: later files count the seeded rows.
const db = testDatabase();

let umea = 0;
let solleftea = 0;
let umeaOfficer: SessionUser;
let sollefteaOfficer: SessionUser;
let admin: SessionUser;
let counter = 0;
const created: number[] = [];

const form = (fields: Record<string, string | number | (string | number)[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, String(v));
  return data;
};

/** A project of Umeå and Sollefteå with an Estonian organisation of its own (no duplicates), as the form posts it. */
const projectForm = (overrides: Record<string, string | number | (string | number)[]> = {}) =>
  form({
    kind: "OTHER",
    otherType: "PROJECT",
    title: `Samtyckesprojekt ${++counter}`,
    "partners.0.type": "ORGANISATION",
    "partners.0.name": `Samtyckesorganisation ${counter}`,
    "partners.0.countryCode": "EE",
    startYear: "2020",
    areaCodes: ["culture"],
    participantIds: [umea, solleftea],
    ...overrides,
  });

async function addProject(user: SessionUser, overrides = {}) {
  const state = await submitNewPartnership(db, user, projectForm(overrides));
  expect(state).toMatchObject({ status: "saved" });
  created.push(state.savedId!);
  return state.savedId!;
}

const answer = (partnershipId: number, organisationId: number, slug = "") =>
  form({ partnershipId, organisationId, locale: "sv", slug });

const participation = (partnershipId: number, organisationId: number) =>
  db.partnershipParticipant.findUnique({
    where: { partnershipId_organisationId: { partnershipId, organisationId } },
  });

const directoryView = (query: string) =>
  parseDirectoryParams(searchParamsToRecord(new URLSearchParams(query)));

/** Where the partnership shows publicly for a member, by each public read. */
async function publicReads(partnershipId: number, member: { id: number; code: string; slug: string }) {
  const page = await findOrganisationPage(db, "MUNICIPALITY", member.slug);
  const api = await findOrganisation(db, member.code);
  const apiOne = await findPartnership(db, partnershipId);
  const stats = await loadStatsDataset(db);
  const statsRow = stats.partnerships.find((p) => p.id === partnershipId);
  const map = await loadMapData(db, NO_FILTERS);
  const memberMap = await loadMapData(db, NO_FILTERS, { organisationId: member.id });
  const memberIndex = map.members.findIndex(([id]) => id === member.id);
  const directory = await findDirectoryPartnerships(db, directoryView(`q=${member.slug}`));
  const members = await findOrganisations(db, directoryView(`q=${member.slug}`));
  const exported = JSON.parse(await new Response(exportPartnershipsJson(db, NO_FILTERS, "sv")).text()) as {
    id: number;
    participants: { code: string }[];
  }[];
  return {
    memberPage: page!.participations.some((p) => p.partnershipId === partnershipId),
    api: api!.partnerships.some((p) => p.id === partnershipId),
    apiParticipants: apiOne?.participants.map((p) => p.code).sort(),
    statistics: statsRow?.participantIds.includes(member.id) ?? false,
    map: map.links.some(([id, m]) => id === partnershipId && m === memberIndex),
    memberMap: memberMap.links.some(([id]) => id === partnershipId),
    directory: directory.rows.some((p) => p.id === partnershipId),
    directoryCount: members.rows.find((m) => m.id === member.id)?.partnershipCount,
    exportParticipants: exported
      .find((p) => p.id === partnershipId)
      ?.participants.map((p) => p.code)
      .sort(),
  };
}

const sollefteaMember = () => ({ id: solleftea, code: "2283", slug: "solleftea" });
const umeaMember = () => ({ id: umea, code: "2480", slug: "umea" });

beforeAll(async () => {
  umea = (await db.organisation.findUniqueOrThrow({ where: { code: "2480" } })).id;
  solleftea = (await db.organisation.findUniqueOrThrow({ where: { code: "2283" } })).id;
  const user = async (email: string) =>
    (await loadSessionUser(db, (await db.user.findUniqueOrThrow({ where: { email } })).id))!;
  umeaOfficer = await user("umea@example.org");
  sollefteaOfficer = await user("solleftea@example.org");
  admin = await user("admin@example.org");
});

afterAll(async () => {
  await db.auditEvent.deleteMany({
    where: { entityType: "Partnership", entityId: { in: created.map(String) } },
  });
  await db.partnership.deleteMany({ where: { id: { in: created } } });
});

describe("adding another member to a partnership", () => {
  it("confirms the officer's own member at once and stores the other as a pending request", async () => {
    const id = await addProject(umeaOfficer);
    expect(await participation(id, umea)).toMatchObject({
      confirmedAt: expect.any(Date),
      confirmedById: umeaOfficer.id,
    });
    expect(await participation(id, solleftea)).toMatchObject({ confirmedAt: null, confirmedById: null });
  });

  it("confirms every member at once when an administrator adds them", async () => {
    const id = await addProject(admin);
    for (const member of [umea, solleftea])
      expect(await participation(id, member)).toMatchObject({
        confirmedAt: expect.any(Date),
        confirmedById: admin.id,
      });
  });

  it("keeps a request pending when the partnership is edited, and asks anyone added by an edit", async () => {
    const id = await addProject(umeaOfficer, { participantIds: [umea] });
    const row = await db.partnership.findUniqueOrThrow({ where: { id } });
    const edited = await submitPartnershipUpdate(
      db,
      umeaOfficer,
      projectForm({ id, expectedVersion: row.version, title: `Redigerat ${id}` }),
    );
    expect(edited).toMatchObject({ status: "saved" });
    expect(await participation(id, solleftea)).toMatchObject({ confirmedAt: null });
    expect(await participation(id, umea)).toMatchObject({ confirmedAt: expect.any(Date) });
  });
});

describe("a pending participation", () => {
  it("is invisible in every public read for the member asked, and visible for the one who asked", async () => {
    const id = await addProject(umeaOfficer);
    expect(await publicReads(id, sollefteaMember())).toEqual({
      memberPage: false,
      api: false,
      apiParticipants: ["2480"],
      statistics: false,
      map: false,
      memberMap: false,
      directory: false,
      directoryCount: expect.any(Number),
      exportParticipants: ["2480"],
    });
    expect(await publicReads(id, umeaMember())).toMatchObject({
      memberPage: true,
      api: true,
      statistics: true,
      map: true,
      memberMap: true,
      directory: true,
    });
  });

  it("does not count for the member: the directory's count and the key figures leave it out", async () => {
    const before = (await publicReads(0, sollefteaMember())).directoryCount!;
    const figuresBefore = await nationalKeyFigures(db);
    const id = await addProject(umeaOfficer);
    expect((await publicReads(id, sollefteaMember())).directoryCount).toBe(before);
    // It counts nationally, as Umeå's.
    expect((await nationalKeyFigures(db)).currentPartnerships).toBe(figuresBefore.currentPartnerships + 1);
  });

  it("hides a partnership whose every participation is pending", async () => {
    const id = await addProject(umeaOfficer);
    await db.partnershipParticipant.update({
      where: { partnershipId_organisationId: { partnershipId: id, organisationId: umea } },
      data: { confirmedAt: null },
    });
    try {
      expect(await findPartnership(db, id)).toBeNull();
      const page = await apiPartnerships(db, NO_FILTERS, 1, 500);
      expect(page.items.some((p) => p.id === id)).toBe(false);
      expect((await loadStatsDataset(db)).partnerships.some((p) => p.id === id)).toBe(false);
    } finally {
      await db.partnershipParticipant.update({
        where: { partnershipId_organisationId: { partnershipId: id, organisationId: umea } },
        data: { confirmedAt: new Date() },
      });
    }
  });

  it("is a task for the member's officers, who cannot edit the partnership before confirming", async () => {
    const id = await addProject(umeaOfficer);
    const tasks = await pendingParticipations(db, organisationsInScope(scopeOf(sollefteaOfficer)));
    expect(tasks.find((t) => t.partnershipId === id)).toMatchObject({
      organisation: { id: solleftea },
      partnership: { participants: [{ organisationId: umea }] },
    });
    expect(
      (await pendingParticipations(db, organisationsInScope(scopeOf(umeaOfficer)))).map(
        (t) => t.partnershipId,
      ),
    ).not.toContain(id);
    expect(
      (await pendingParticipations(db, organisationsInScope(scopeOf(admin)))).map((t) => t.partnershipId),
    ).toContain(id);
    expect((await managedPartnerships(db, sollefteaOfficer, solleftea)).map((p) => p.id)).not.toContain(id);
    const row = await db.partnership.findUniqueOrThrow({ where: { id } });
    expect(
      await submitPartnershipUpdate(
        db,
        sollefteaOfficer,
        projectForm({ id, expectedVersion: row.version, participantIds: [solleftea] }),
      ),
    ).toMatchObject({ status: "forbidden" });
  });
});

describe("answering a request", () => {
  it("refuses an officer of another member, and a signed-out user, changing nothing", async () => {
    const id = await addProject(umeaOfficer);
    const before = await db.partnership.findUniqueOrThrow({ where: { id } });
    const audits = await db.auditEvent.count();
    expect(await submitParticipationConfirm(db, umeaOfficer, answer(id, solleftea))).toMatchObject({
      status: "forbidden",
    });
    expect(await submitParticipationDecline(db, umeaOfficer, answer(id, solleftea))).toMatchObject({
      status: "forbidden",
    });
    expect(await submitParticipationConfirm(db, null, answer(id, solleftea))).toEqual({
      status: "unauthenticated",
    });
    expect(await submitParticipationConfirm(db, sollefteaOfficer, form({ partnershipId: id }))).toMatchObject(
      {
        status: "not_found",
      },
    );
    expect(await participation(id, solleftea)).toMatchObject({ confirmedAt: null });
    expect((await db.partnership.findUniqueOrThrow({ where: { id } })).version).toBe(before.version);
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it("confirming makes it public for the member, audited as a new version", async () => {
    const id = await addProject(umeaOfficer);
    const before = await db.partnership.findUniqueOrThrow({ where: { id } });
    expect(
      await submitParticipationConfirm(db, sollefteaOfficer, answer(id, solleftea, "solleftea")),
    ).toMatchObject({
      status: "saved",
      savedId: id,
    });
    expect(await participation(id, solleftea)).toMatchObject({
      confirmedAt: expect.any(Date),
      confirmedById: sollefteaOfficer.id,
    });
    expect((await db.partnership.findUniqueOrThrow({ where: { id } })).version).toBe(before.version + 1);
    const [latest] = await partnershipHistory(db, id);
    expect(latest).toMatchObject({ action: "UPDATE", actorId: sollefteaOfficer.id });
    expect(await publicReads(id, sollefteaMember())).toEqual({
      memberPage: true,
      api: true,
      apiParticipants: ["2283", "2480"],
      statistics: true,
      map: true,
      memberMap: true,
      directory: true,
      directoryCount: expect.any(Number),
      exportParticipants: ["2283", "2480"],
    });
    // Answered once: a second answer is a clear form error, not a change.
    expect(
      inSwedish(await submitParticipationConfirm(db, sollefteaOfficer, answer(id, solleftea))),
    ).toMatchObject({
      status: "invalid",
      fieldErrors: { form: ["Förfrågan är redan besvarad. Ladda om sidan."] },
    });
    // Confirmed, the member's officers may now edit it like their own.
    expect((await managedPartnerships(db, sollefteaOfficer, solleftea)).map((p) => p.id)).toContain(id);
  });

  it("an administrator may confirm for any member", async () => {
    const id = await addProject(umeaOfficer);
    expect(await submitParticipationConfirm(db, admin, answer(id, solleftea))).toMatchObject({
      status: "saved",
    });
    expect(await participation(id, solleftea)).toMatchObject({ confirmedById: admin.id });
    expect((await publicReads(id, sollefteaMember())).memberPage).toBe(true);
  });

  it("declining takes the member off the partnership; the history can restore it as a new request", async () => {
    const id = await addProject(umeaOfficer);
    expect(await submitParticipationDecline(db, sollefteaOfficer, answer(id, solleftea))).toMatchObject({
      status: "saved",
    });
    expect(await participation(id, solleftea)).toBeNull();
    expect(await participation(id, umea)).not.toBeNull();
    const history = await partnershipHistory(db, id);
    expect(history.map((e) => [e.action, e.actorId])).toEqual([
      ["UPDATE", sollefteaOfficer.id],
      ["CREATE", umeaOfficer.id],
    ]);
    expect(await publicReads(id, umeaMember())).toMatchObject({
      memberPage: true,
      apiParticipants: ["2480"],
    });

    // Umeå restores the version that had Sollefteå: Sollefteå is asked again, not put back as confirmed.
    const row = await db.partnership.findUniqueOrThrow({ where: { id } });
    const restored = await submitPartnershipVersionRestore(
      db,
      umeaOfficer,
      form({ id, expectedVersion: row.version, auditEventId: String(history[1]!.id), confirmRestore: "yes" }),
    );
    expect(restored).toMatchObject({ status: "saved" });
    expect(await participation(id, solleftea)).toMatchObject({ confirmedAt: null });
    expect((await publicReads(id, sollefteaMember())).memberPage).toBe(false);
  });
});
