import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listRequests } from "../../app/api/v1/partner-requests/route";
import { loadSessionUser, type SessionUser } from "../../lib/auth/session-user";
import {
  closeRequest,
  confirmAbroadRequest,
  createMemberRequest,
  moderateRequest,
  recordInterest,
  renewMemberRequest,
  submitAbroadRequest,
  updateMemberRequest,
} from "../../lib/partner-search/edit";
import { notifyExpired } from "../../lib/partner-search/expiry";
import { submitAbroadForm } from "../../lib/partner-search/form-handlers";
import { parseBoardParams } from "../../lib/partner-search/params";
import { findBoard, findRequest, memberProfiles } from "../../lib/partner-search/queries";
import { MAX_PER_ADDRESS } from "../../lib/partner-search/rate-limit";
import { suggestMembers } from "../../lib/partner-search/ranking";
import type { AbroadRequestInput, MemberRequestInput } from "../../lib/partner-search/validation";
import type { MailMessage } from "../../lib/mail/smtp";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { testDatabase } from "../support/database";

// The board's writes and reads against the seeded database, with the demo accounts as users.
// Everything created here is deleted afterwards: later files count seed rows.
const db = testDatabase();
let umea = 0;
let umeaOfficer: SessionUser;
let sollefteaOfficer: SessionUser;
let admin: SessionUser;
let tartu = 0;

const user = async (email: string) => {
  const row = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadSessionUser(db, row.id))!;
};

const memberInput = (over: Partial<MemberRequestInput> = {}): MemberRequestInput => ({
  kind: "TWIN_TOWN",
  countryCodes: ["EE"],
  worldRegions: [],
  areaCodes: ["culture"],
  fundingCodes: [],
  description: "Umeå söker en vänort i Estland för kultur och skola.",
  descriptionEn: "",
  contactName: "Anna Andersson",
  contactEmail: "anna.private@umea.example",
  endsOn: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
  ...over,
});

const abroadInput = (over: Partial<AbroadRequestInput> = {}): AbroadRequestInput => ({
  kind: "TWIN_TOWN",
  countryCode: "EE",
  placeId: tartu,
  townName: "",
  newTown: false,
  latitude: null,
  longitude: null,
  areaCodes: ["culture"],
  description: "<script>window.__xss=1</script> Tartu seeks a Swedish twin town for culture.",
  contactName: "Mari Maasikas",
  contactEmail: "mari.secret@tartu.example",
  ...over,
});

const board = (query: Record<string, string> = {}) => findBoard(db, parseBoardParams(query));
const apiBody = async (query = "") => {
  const response = await listRequests(new Request(`http://localhost/api/v1/partner-requests${query}`));
  expect(response.status).toBe(200);
  return { text: await response.clone().text(), body: await response.json() };
};

beforeAll(async () => {
  umea = (await db.organisation.findUniqueOrThrow({ where: { code: "2480" } })).id;
  umeaOfficer = await user(DEMO_ACCOUNTS[1].email);
  sollefteaOfficer = await user(DEMO_ACCOUNTS[2].email);
  admin = await user(DEMO_ACCOUNTS[0].email);
  tartu = (await db.place.findFirstOrThrow({ where: { name: "Tartu", countryCode: "EE" } })).id;
});

afterAll(async () => {
  const ids = (await db.partnerRequest.findMany({ select: { id: true } })).map((r) => String(r.id));
  await db.auditEvent.deleteMany({
    where: { entityType: { in: ["PartnerRequest", "PartnerRequestInterest"] } },
  });
  await db.partnerRequest.deleteMany({});
  expect(ids.length).toBeGreaterThan(0);
});

describe("requests from members: tenancy, versions, audit", () => {
  it("lets an officer publish for their own member only", async () => {
    expect(await createMemberRequest(db, sollefteaOfficer, umea, memberInput())).toEqual({
      ok: false,
      kind: "forbidden",
    });
    const created = await createMemberRequest(db, umeaOfficer, umea, memberInput());
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const events = await db.auditEvent.findMany({
      where: { entityType: "PartnerRequest", entityId: String(created.id) },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([["CREATE", umeaOfficer.id]]);
    expect((await board({ land: "EE" })).rows.map((r) => r.id)).toContain(created.id);
  });

  it("refuses another member's officer every change, and a stale version", async () => {
    const created = await createMemberRequest(db, umeaOfficer, umea, memberInput({ countryCodes: ["LV"] }));
    if (!created.ok) throw new Error("not created");
    const target = { id: created.id, expectedVersion: 1 };
    expect(await updateMemberRequest(db, sollefteaOfficer, target, memberInput())).toEqual({
      ok: false,
      kind: "not_found",
    });
    expect(await renewMemberRequest(db, sollefteaOfficer, target)).toEqual({ ok: false, kind: "not_found" });
    expect(await closeRequest(db, sollefteaOfficer, target, null)).toEqual({ ok: false, kind: "not_found" });
    const row = await db.partnerRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect([row.version, row.status, row.countryCodes]).toEqual([1, "OPEN", ["LV"]]);

    expect(
      (await updateMemberRequest(db, umeaOfficer, target, memberInput({ countryCodes: ["LT"] }))).ok,
    ).toBe(true);
    expect(await updateMemberRequest(db, umeaOfficer, target, memberInput())).toEqual({
      ok: false,
      kind: "conflict",
    });
    const events = await db.auditEvent.findMany({
      where: { entityType: "PartnerRequest", entityId: String(created.id) },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
    expect((events[1]!.before as { countryCodes: string[] }).countryCodes).toEqual(["LV"]);
  });

  it("takes expired requests off the board and tells the officers once", async () => {
    const created = await createMemberRequest(db, umeaOfficer, umea, memberInput({ countryCodes: ["FO"] }));
    if (!created.ok) throw new Error("not created");
    await db.partnerRequest.update({ where: { id: created.id }, data: { endsOn: new Date("2020-01-01") } });
    expect((await board({ land: "FO" })).total).toBe(0);
    const sent: MailMessage[] = [];
    const mailer = async (m: MailMessage) => void sent.push(m);
    await notifyExpired(db, mailer);
    await notifyExpired(db, mailer);
    expect(sent.map((m) => m.to)).toEqual([DEMO_ACCOUNTS[1].email]);
    expect(sent[0]!.text).toContain(`/partnersokning/${created.id}/andra`);
    // Renewing puts it back on the board for six months.
    expect((await renewMemberRequest(db, umeaOfficer, { id: created.id, expectedVersion: 1 })).ok).toBe(true);
    expect((await board({ land: "FO" })).total).toBe(1);
  });
});

describe("requests from abroad: moderation and privacy", () => {
  it("publishes nothing before an administrator approves, and never the contact", async () => {
    const submitted = await submitAbroadRequest(db, abroadInput(), "198.51.100.1", { confirmByMail: true });
    if (!submitted.ok) throw new Error("not submitted");
    expect(submitted.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hidden = async () => {
      expect(await findRequest(db, submitted.id, null)).toBeNull();
      expect(await findRequest(db, submitted.id, umeaOfficer)).toBeNull();
      expect((await board({ fran: "utland" })).rows.map((r) => r.id)).not.toContain(submitted.id);
      expect((await apiBody("?fran=utland")).body.requests.map((r: { id: number }) => r.id)).not.toContain(
        submitted.id,
      );
    };
    await hidden();
    // The mailed link moves it to the administrators, still hidden; a second use does nothing.
    expect((await confirmAbroadRequest(db, submitted.token!)).ok).toBe(true);
    expect((await confirmAbroadRequest(db, submitted.token!)).ok).toBe(false);
    await hidden();
    expect(await findRequest(db, submitted.id, admin)).not.toBeNull();

    const target = { id: submitted.id, expectedVersion: 2 };
    expect(await moderateRequest(db, umeaOfficer, target, true)).toEqual({ ok: false, kind: "forbidden" });
    expect((await moderateRequest(db, admin, target, true)).ok).toBe(true);

    expect(await findRequest(db, submitted.id, null)).toMatchObject({ id: submitted.id, status: "OPEN" });
    const { text, body } = await apiBody("?fran=utland&land=ee");
    expect(body.requests.map((r: { id: number }) => r.id)).toContain(submitted.id);
    expect(text).not.toContain("mari.secret");
    expect(text).not.toContain("Mari Maasikas");
    expect(text).not.toContain("198.51.100.1");
    const publicRow = await findRequest(db, submitted.id, null);
    expect(JSON.stringify(publicRow)).not.toMatch(/mari\.secret|Maasikas|198\.51|confirmToken/);
  });

  it("refuses a rejected request on every public read", async () => {
    const submitted = await submitAbroadRequest(db, abroadInput(), "198.51.100.2", { confirmByMail: false });
    if (!submitted.ok) throw new Error("not submitted");
    expect((await moderateRequest(db, admin, { id: submitted.id, expectedVersion: 1 }, false)).ok).toBe(true);
    expect(await findRequest(db, submitted.id, null)).toBeNull();
  });

  it("lets at most MAX_PER_ADDRESS of many simultaneous posts from one address through", async () => {
    const address = "192.0.2.77";
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        submitAbroadRequest(db, abroadInput(), address, { confirmByMail: false }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(MAX_PER_ADDRESS);
    expect(results.filter((r) => !r.ok && r.kind === "rate_limited")).toHaveLength(10 - MAX_PER_ADDRESS);
    expect(await db.partnerRequest.count({ where: { submittedFrom: address } })).toBe(MAX_PER_ADDRESS);
    // Another address is not affected.
    expect((await submitAbroadRequest(db, abroadInput(), "192.0.2.78", { confirmByMail: false })).ok).toBe(
      true,
    );
  });

  it("answers a filled honeypot like a success and stores nothing", async () => {
    const before = await db.partnerRequest.count();
    const form = new FormData();
    for (const [k, v] of Object.entries({
      kind: "TWIN_TOWN",
      countryCode: "EE",
      placeId: String(tartu),
      description: "A perfectly ordinary request from a bot.",
      contactName: "Bot",
      contactEmail: "bot@example.com",
      homepage: "http://spam.example",
    }))
      form.append(k, v);
    const sent: MailMessage[] = [];
    expect(await submitAbroadForm(db, form, "203.0.113.99", async (m) => void sent.push(m))).toEqual({
      status: "saved",
    });
    expect(await db.partnerRequest.count()).toBe(before);
    expect(sent).toEqual([]);
    // Without the honeypot the same form is stored and a confirmation link mailed.
    form.set("homepage", "");
    const state = await submitAbroadForm(db, form, "203.0.113.99", async (m) => void sent.push(m));
    expect(state.status).toBe("saved");
    expect(sent.map((m) => m.to)).toEqual(["bot@example.com"]);
    expect(sent[0]!.text).toMatch(/\/partnersokning\/bekrafta\/[A-Za-z0-9_-]{43}/);
  });

  it("refuses unknown catalogue codes and a place that does not exist with field errors", async () => {
    expect(
      await submitAbroadRequest(db, abroadInput({ areaCodes: ["nonsense"] }), "192.0.2.90", {
        confirmByMail: false,
      }),
    ).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { areaCodes: [{ code: "areaUnknown" }] },
    });
    expect(
      await submitAbroadRequest(db, abroadInput({ placeId: 999_999_999 }), "192.0.2.91", {
        confirmByMail: false,
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { placeId: [{ code: "placeUnknown" }] },
    });
  });
});

describe("answers, closing and suggestions", () => {
  it("records 'we are interested' once per member, and closes with a partnership of the officer's member", async () => {
    const submitted = await submitAbroadRequest(db, abroadInput(), "198.51.100.3", { confirmByMail: false });
    if (!submitted.ok) throw new Error("not submitted");
    await moderateRequest(db, admin, { id: submitted.id, expectedVersion: 1 }, true);
    expect(await recordInterest(db, sollefteaOfficer, submitted.id, umea, "")).toEqual({
      ok: false,
      kind: "forbidden",
    });
    const answer = await recordInterest(db, umeaOfficer, submitted.id, umea, "Hej!");
    expect(answer).toMatchObject({ ok: true, request: { contactEmail: "mari.secret@tartu.example" } });
    await recordInterest(db, umeaOfficer, submitted.id, umea, "Again");
    expect(await db.partnerRequestInterest.count({ where: { requestId: submitted.id } })).toBe(1);

    const umeaPartnership = await db.partnership.findFirstOrThrow({
      where: {
        removedAt: null,
        participants: { some: { organisationId: umea, confirmedAt: { not: null } } },
      },
    });
    const target = { id: submitted.id, expectedVersion: 2 };
    // Sollefteå cannot link Umeå's partnership.
    expect(await closeRequest(db, sollefteaOfficer, target, umeaPartnership.id)).toMatchObject({
      ok: false,
      fieldErrors: { partnershipId: [{ code: "seekPartnershipInvalid" }] },
    });
    // An officer closes a request from abroad only with a partnership.
    expect(await closeRequest(db, umeaOfficer, target, null)).toMatchObject({
      ok: false,
      fieldErrors: { partnershipId: [{ code: "seekPartnershipInvalid" }] },
    });
    expect((await closeRequest(db, umeaOfficer, target, umeaPartnership.id)).ok).toBe(true);
    const closed = await findRequest(db, submitted.id, null);
    expect(closed).toMatchObject({ status: "CLOSED", closedPartnership: { id: umeaPartnership.id } });
    expect((await board({ fran: "utland" })).rows.map((r) => r.id)).not.toContain(submitted.id);
    await db.partnerRequestInterest.deleteMany({ where: { requestId: submitted.id } });
  });

  it("suggests the members with partnerships in the request's country, with the reason", async () => {
    const profiles = await memberProfiles(db);
    const ranked = suggestMembers({ countryCode: "EE", areaCodes: ["culture"] }, profiles);
    expect(ranked.length).toBeGreaterThan(0);
    const first = ranked[0]!;
    expect(first.reasons[0]!.type === "sameCountry" || first.reasons[0]!.type === "seeking").toBe(true);
    // Umeå itself seeks Estonia (its request above), so it is suggested for saying so.
    const umeaFit = ranked.find((r) => r.member.organisationId === umea);
    expect(umeaFit?.reasons.some((r) => r.type === "seeking" && r.country === "EE")).toBe(true);
  });
});
