import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOpenInvitation } from "../../lib/auth/invitations";
import { inviteUser, renewInvitation } from "../../lib/manage/user-actions";
import { roundReminderHandler } from "../../lib/manage/inventory-actions";
import { loadSessionUser, type SessionUser } from "../../lib/auth/session-user";
import type { FormState } from "../../lib/manage/form-state";
import { smtpMailer } from "../../lib/mail/smtp";
import { siteUrl } from "../../lib/site-url";
import { testDatabase } from "../support/database";

// Mail with SMTP configured: a real SMTP server on a local port receives what the registry
// sends (smtp-server, parsed with mailparser): inventory reminders and invitations. Every
// round and account made here is removed.
const db = testDatabase();
const DOMAIN = "@invitation-mail.test";
const FROM = "Vänortsregistret <noreply@example.org>";

const received: ParsedMail[] = [];
const server = new SMTPServer({
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream).then((mail) => {
      received.push(mail);
      callback();
    }, callback);
  },
});
let smtpUrl = "";
let admin: SessionUser;
let officer: SessionUser;
let umea = 0;

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, String(value));
  return data;
};

const ROUND = "Påminnelsetest 2026";

const tokenOf = (state: FormState) =>
  String(state.notices?.find((n) => n.key === "invitationLink")?.values.link)
    .split("/")
    .pop()!;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  umea = (await db.organisation.findUniqueOrThrow({ where: { code: "2480" } })).id;
  admin = (await loadSessionUser(
    db,
    (await db.user.findUniqueOrThrow({ where: { email: "admin@example.org" } })).id,
  ))!;
  officer = (await loadSessionUser(
    db,
    (await db.user.findUniqueOrThrow({ where: { email: "umea@example.org" } })).id,
  ))!;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.auditEvent.deleteMany({
    where: { entityType: { in: ["InventoryRound", "InventoryReminder"] }, actorId: admin.id },
  });
  await db.inventoryRound.deleteMany({ where: { name: ROUND } });
  const users = await db.user.findMany({ where: { email: { endsWith: DOMAIN } }, select: { id: true } });
  await db.auditEvent.deleteMany({
    where: { entityType: "User", entityId: { in: users.map((u) => String(u.id)) } },
  });
  await db.user.deleteMany({ where: { email: { endsWith: DOMAIN } } });
});

describe("reminder mail", () => {
  it("mails each officer of a member that has not answered, once, with a link per organisation", async () => {
    const round = await db.inventoryRound.create({
      data: {
        name: ROUND,
        deadline: new Date("2030-01-31T00:00:00Z"),
        questions: { questions: ["obstacles"] },
      },
    });
    const members = await db.organisation.count();
    const remind = roundReminderHandler(() => smtpMailer(smtpUrl, FROM));
    expect(await remind(db, officer, form({ roundId: round.id }))).toEqual({ status: "forbidden" });
    expect(received).toHaveLength(0);

    const state = await remind(db, admin, form({ roundId: round.id, locale: "sv" }));
    // The seed's officers: Umeå's and Sollefteå's; every other member has nobody to mail.
    expect(state).toEqual({
      status: "saved",
      savedId: round.id,
      notices: [
        { key: "reminderMailed", values: { count: 2 } },
        { key: "reminderWithoutOfficer", values: { count: members - 2 } },
      ],
    });
    expect(received.map((m) => (m.to as { value: { address: string }[] }).value[0]!.address).sort()).toEqual([
      "solleftea@example.org",
      "umea@example.org",
    ]);
    const toUmea = received.find((m) => m.text!.includes("Umeå kommun"))!;
    expect(toUmea.subject).toBe(
      `Påminnelse: ${ROUND} – svara senast 2030-01-31 / Reminder: ${ROUND} – please answer by January 31, 2030`,
    );
    expect(toUmea.text!.indexOf("Hej ")).toBeLessThan(toUmea.text!.indexOf("Hello "));
    expect(toUmea.text).toContain(`Umeå kommun: ${new URL("/hantera/umea/inventering", siteUrl()).href}`);
    expect(toUmea.text).toContain(`Umeå kommun: ${new URL("/en/hantera/umea/inventering", siteUrl()).href}`);
    expect(await db.inventoryReminder.count({ where: { roundId: round.id } })).toBe(1);
    received.length = 0;
  });
});

describe("invitation mail", () => {
  it("mails the link in the administrator's language first, then the other, and still shows it", async () => {
    const lines: string[] = [];
    const state = await inviteUser(
      db,
      admin,
      form({ name: "Alva Ek", email: `alva${DOMAIN}`, role: "OFFICER", organisationIds: umea, locale: "en" }),
      { log: (l) => lines.push(l), mailer: smtpMailer(smtpUrl, FROM) },
    );
    expect(state.status).toBe("saved");
    const token = tokenOf(state);
    expect(state.notices).toEqual([
      {
        key: "invitationLink",
        values: { link: expect.stringMatching(new RegExp(`/en/inbjudan/${token}$`)), days: 7 },
      },
      { key: "invitationMailed", values: { email: `alva${DOMAIN}` } },
    ]);
    expect(lines[0]).toContain(`/en/inbjudan/${token}`);

    expect(received).toHaveLength(1);
    const mail = received[0]!;
    expect(mail.to).toMatchObject({ value: [{ address: `alva${DOMAIN}` }] });
    expect(mail.from).toMatchObject({
      value: [{ address: "noreply@example.org", name: "Vänortsregistret" }],
    });
    expect(mail.subject).toBe("Invitation to Vänortsregistret / Inbjudan till Vänortsregistret");
    const text = mail.text!;
    expect(text.indexOf("Hello Alva Ek,")).toBeLessThan(text.indexOf("Hej Alva Ek!"));
    expect(text).toContain(`${admin.name} has invited you`);
    expect(text).toContain("valid for 7 days");
    // Absolute links from SITE_URL (in development, the local address), one per language.
    expect(text).toContain(new URL(`/en/inbjudan/${token}`, siteUrl()).href);
    expect(text).toContain(new URL(`/inbjudan/${token}`, siteUrl()).href);
    expect(await findOpenInvitation(db, token)).toMatchObject({ user: { email: `alva${DOMAIN}` } });
  });

  it("keeps the account and the link when the mail cannot be sent, and says so", async () => {
    const closed = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const lines: string[] = [];
    const state = await inviteUser(
      db,
      admin,
      form({ name: "Bo Ek", email: `bo${DOMAIN}`, role: "OFFICER", organisationIds: umea, locale: "sv" }),
      {
        log: (l) => lines.push(l),
        mailer: smtpMailer(`smtp://127.0.0.1:${port}`, FROM),
      },
    );
    expect(state.status).toBe("saved");
    expect(state.notices!.map((n) => n.key)).toEqual(["invitationLink", "invitationMailFailed"]);
    expect(state.notices![1]!.values).toEqual({ email: `bo${DOMAIN}` });
    expect(lines.some((l) => l.startsWith(`Invitation mail to bo${DOMAIN} failed:`))).toBe(true);
    expect(await findOpenInvitation(db, tokenOf(state))).not.toBeNull();
  });

  it("renews a pending invitation: the old link stops working, the new one is mailed", async () => {
    const first = await inviteUser(
      db,
      admin,
      form({ name: "Cia Ek", email: `cia${DOMAIN}`, role: "OFFICER", organisationIds: umea, locale: "sv" }),
      { log: () => {}, mailer: null },
    );
    const userId = first.savedId!;
    const mailsBefore = received.length;

    expect(await renewInvitation(db, null, form({ userId }))).toEqual({ status: "unauthenticated" });
    expect(await renewInvitation(db, officer, form({ userId }))).toMatchObject({ status: "forbidden" });
    expect(
      await renewInvitation(db, admin, form({ userId: officer.id }), { log: () => {}, mailer: null }),
    ).toMatchObject({
      status: "invalid",
      fieldErrors: { form: [{ code: "invitationNotRenewable" }] },
    });
    expect(
      await renewInvitation(db, admin, form({ userId: 999_999 }), { log: () => {}, mailer: null }),
    ).toMatchObject({ status: "invalid" });

    const renewed = await renewInvitation(db, admin, form({ userId, locale: "sv" }), {
      log: () => {},
      mailer: smtpMailer(smtpUrl, FROM),
    });
    expect(renewed).toMatchObject({ status: "saved", savedId: userId });
    expect(await findOpenInvitation(db, tokenOf(first))).toBeNull();
    expect(await findOpenInvitation(db, tokenOf(renewed))).toMatchObject({ userId });
    expect(received).toHaveLength(mailsBefore + 1);
    expect(received.at(-1)!.subject).toBe("Inbjudan till Vänortsregistret / Invitation to Vänortsregistret");
    expect(received.at(-1)!.text).toContain(new URL(`/inbjudan/${tokenOf(renewed)}`, siteUrl()).href);

    const audits = await db.auditEvent.findMany({
      where: { entityType: "User", entityId: String(userId) },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => [a.action, (a.after as { event?: string }).event])).toEqual([
      ["CREATE", undefined],
      ["UPDATE", "invitation renewed"],
    ]);
  });
});
