import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateWithPassword } from "../../lib/auth/authenticate";
import { findOpenInvitation } from "../../lib/auth/invitations";
import {
  acceptInvitation,
  inviteUser,
  setUserActive,
  setUserAssignments,
} from "../../lib/manage/user-actions";
import {
  LOGIN_WINDOW_MINUTES,
  MAX_FAILURES_PER_CLIENT_AND_ACCOUNT,
  reserveLoginAttempt,
} from "../../lib/auth/rate-limit";
import { loadSessionUser, type SessionUser } from "../../lib/auth/session-user";
import type { FormState } from "../../lib/manage/form-state";
import {
  submitOrganisationContacts,
  submitOrganisationReview,
  submitOrganisationVersionRestore,
} from "../../lib/manage/organisation-actions";
import {
  submitNewPartnership,
  submitPartnershipConfirm,
  submitPartnershipEnd,
  submitPartnershipRemove,
  submitPartnershipReopen,
  submitPartnershipRestore,
  submitPartnershipUpdate,
  submitPartnershipVersionRestore,
} from "../../lib/manage/partnership-actions";
import { findManagedOrganisation, policyHistory } from "../../lib/manage/queries";
import { managedPartnerships } from "../../lib/partnerships/queries";
import { policyChanges } from "../../lib/manage/history";
import { searchPlaceOptions } from "../../lib/manage/place-options";
import {
  submitNewPolicy,
  submitPolicyRemove,
  submitPolicyRestore,
  submitPolicyUpdate,
  submitPolicyVersionRestore,
} from "../../lib/manage/policy-actions";
import { partnershipHistory } from "../../lib/partnerships/versions";
import { DEMO_ACCOUNTS } from "../../prisma/seed/demo-accounts";
import { testDatabase } from "../support/database";
import { inSwedish } from "../support/in-language";

// The form handlers behind every server action of /hantera, called as the actions call them:
// with a real user row from the seeded demo accounts (or null when signed out) and a FormData.
// Everything these tests create or change is put back afterwards: later files count seed rows.
const db = testDatabase();
const INVITED_DOMAIN = "@invited.test";
const ADDRESS = "203.0.113.7";

let umea = 0;
let solleftea = 0;
let umeaOfficer: SessionUser;
let sollefteaOfficer: SessionUser;
let admin: SessionUser;
let tartu = 0;
let umeaBefore: Awaited<ReturnType<typeof db.organisation.findUniqueOrThrow>>;
const created: number[] = [];
const createdPolicies: number[] = [];

const form = (fields: Record<string, string | number | (string | number)[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, String(v));
  return data;
};

/** A twin town of Umeå with Tartu, as the form posts it. */
const twinTownForm = (overrides: Record<string, string | number | (string | number)[]> = {}) =>
  form({
    kind: "TWIN_TOWN",
    "partners.0.type": "PLACE",
    "partners.0.placeId": tartu,
    startYear: "1995",
    activityLevel: "ACTIVE",
    areaCodes: ["culture"],
    fundingCodes: [],
    decisionRefs: "Kommunfullmäktige 1995-05-02 § 12",
    participantIds: [umea],
    ...overrides,
  });

const counts = async () => ({
  partnerships: await db.partnership.count(),
  audits: await db.auditEvent.count(),
  users: await db.user.count(),
});

async function demoUser(email: string) {
  const row = await db.user.findUniqueOrThrow({ where: { email } });
  return (await loadSessionUser(db, row.id))!;
}

async function createOne(overrides: Record<string, string | number | (string | number)[]> = {}) {
  const state = await submitNewPartnership(db, umeaOfficer, twinTownForm(overrides));
  expect(state).toMatchObject({ status: "saved" });
  created.push(state.savedId!);
  return db.partnership.findUniqueOrThrow({ where: { id: state.savedId! } });
}

beforeAll(async () => {
  umea = (await db.organisation.findUniqueOrThrow({ where: { code: "2480" } })).id;
  solleftea = (await db.organisation.findUniqueOrThrow({ where: { code: "2283" } })).id;
  umeaBefore = await db.organisation.findUniqueOrThrow({ where: { id: umea } });
  tartu = (
    await db.place.findFirstOrThrow({
      where: { name: "Tartu", countryCode: "EE" },
      orderBy: { population: "desc" },
    })
  ).id;
  umeaOfficer = await demoUser("umea@example.org");
  sollefteaOfficer = await demoUser("solleftea@example.org");
  admin = await demoUser("admin@example.org");
});

afterAll(async () => {
  const {
    version,
    contactName,
    contactEmail,
    contactTitle,
    contactPhone,
    website,
    internationalPageUrl,
    postalAddress,
    coordinationForms,
    lastReviewedOn,
    updatedAt,
  } = umeaBefore;
  await db.organisation.update({
    where: { id: umea },
    data: {
      version,
      contactName,
      contactEmail,
      contactTitle,
      contactPhone,
      website,
      internationalPageUrl,
      postalAddress,
      coordinationForms,
      lastReviewedOn,
      updatedAt,
    },
  });
  const invited = await db.user.findMany({
    where: { email: { endsWith: INVITED_DOMAIN } },
    select: { id: true },
  });
  await db.auditEvent.deleteMany({
    where: {
      OR: [
        { actorId: { in: [umeaOfficer.id, sollefteaOfficer.id, admin.id, ...invited.map((u) => u.id)] } },
        { entityType: "Partnership", entityId: { in: created.map(String) } },
        { entityType: "User", entityId: { in: invited.map((u) => String(u.id)) } },
      ],
    },
  });
  await db.partnership.deleteMany({ where: { id: { in: created } } });
  await db.auditEvent.deleteMany({
    where: { entityType: "PolicyDocument", entityId: { in: createdPolicies.map(String) } },
  });
  await db.policyDocument.deleteMany({ where: { id: { in: createdPolicies } } });
  await db.user.deleteMany({ where: { email: { endsWith: INVITED_DOMAIN } } });
  await db.officerAssignment.deleteMany({ where: { userId: umeaOfficer.id } });
  await db.officerAssignment.create({ data: { userId: umeaOfficer.id, organisationId: umea } });
  await db.loginAttempt.deleteMany({});
});

describe("demo accounts and sessions", () => {
  it("seeds one administrator and one officer each for Umeå and Sollefteå, with argon2id hashes", async () => {
    expect(DEMO_ACCOUNTS.map((a) => a.email)).toEqual([
      "admin@example.org",
      "umea@example.org",
      "solleftea@example.org",
    ]);
    expect(admin).toMatchObject({ role: "ADMINISTRATOR", organisationIds: [] });
    expect(umeaOfficer).toMatchObject({ role: "OFFICER", organisationIds: [umea] });
    expect(sollefteaOfficer).toMatchObject({ role: "OFFICER", organisationIds: [solleftea] });
    const row = await db.user.findUniqueOrThrow({ where: { email: "umea@example.org" } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(umeaOfficer)).not.toContain("argon2");
  });

  it("lets an officer see only their own organisation's edit data", async () => {
    expect(await findManagedOrganisation(db, umeaOfficer, "umea")).toMatchObject({ id: umea });
    expect(await findManagedOrganisation(db, umeaOfficer, "solleftea")).toBeNull();
    expect(await findManagedOrganisation(db, admin, "solleftea")).toMatchObject({ id: solleftea });
    expect(await managedPartnerships(db, umeaOfficer, solleftea)).toEqual([]);
    expect((await managedPartnerships(db, sollefteaOfficer, solleftea)).length).toBeGreaterThan(0);
  });
});

describe("adding a partnership (createPartnershipAction)", () => {
  it("refuses a signed-out visitor and writes nothing", async () => {
    const before = await counts();
    expect(await submitNewPartnership(db, null, twinTownForm())).toEqual({ status: "unauthenticated" });
    expect(await counts()).toEqual(before);
  });

  it("refuses an officer adding to another municipality and writes nothing", async () => {
    const before = await counts();
    expect(await submitNewPartnership(db, sollefteaOfficer, twinTownForm())).toMatchObject({
      status: "forbidden",
    });
    expect(await counts()).toEqual(before);
  });

  it("answers invalid input with Swedish messages per field, keeps the input and writes nothing", async () => {
    const before = await counts();
    const state = await submitNewPartnership(
      db,
      umeaOfficer,
      twinTownForm({ startYear: "nittonhundra", "partners.0.placeId": "" }),
    );
    expect(state.status).toBe("invalid");
    expect(inSwedish(state).fieldErrors).toEqual({
      startYear: [`Startåret måste vara ett årtal mellan 1900 och ${new Date().getFullYear()}.`],
      "partners.0.placeId": ["Välj orten i listan över orter."],
    });
    expect(state.values).toMatchObject({
      startYear: "nittonhundra",
      kind: "TWIN_TOWN",
      decisionRefs: "Kommunfullmäktige 1995-05-02 § 12",
    });
    expect(await counts()).toEqual(before);
  });

  it("adds a verified twin town through the gazetteer, audited as the officer", async () => {
    const row = await createOne();
    expect(row).toMatchObject({
      kind: "TWIN_TOWN",
      startYear: 1995,
      activityLevel: "ACTIVE",
      verification: "VERIFIED",
      version: 1,
      decisionRefs: ["Kommunfullmäktige 1995-05-02 § 12"],
    });
    const [event] = await partnershipHistory(db, row.id);
    expect(event).toMatchObject({
      action: "CREATE",
      actorId: umeaOfficer.id,
      actorLabel: "umea@example.org",
    });
    // A second current twin town with the same place is a duplicate.
    const again = await submitNewPartnership(db, umeaOfficer, twinTownForm());
    expect(again.status).toBe("invalid");
    expect(inSwedish(again).fieldErrors?.["partners.0"]?.[0]).toContain(
      "har redan ett pågående samarbete av typen vänort med Tartu",
    );
  });

  it("without JavaScript looks the typed place up: one exact name is taken, several are offered, none is refused", async () => {
    const typed = (query: string, country = "") =>
      twinTownForm({
        kind: "OTHER",
        otherType: "PROJECT",
        "partners.0.placeId": "",
        "partners.0.placeQuery": query,
        "partners.0.placeCountry": country,
        locale: "sv",
      });
    const before = await counts();
    const several = await submitNewPartnership(db, umeaOfficer, typed("Springfield", "US"));
    expect(several).toMatchObject({ status: "invalid", values: { "partners.0.placeQuery": "Springfield" } });
    expect(inSwedish(several).fieldErrors).toEqual({
      "partners.0.placeId": ["Flera orter matchar ”Springfield”. Välj den rätta i listan."],
    });
    const offered = several.placeCandidates!["partners.0.placeId"]!;
    expect(offered.every((p) => p.countryCode === "US")).toBe(true);
    expect(offered.filter((p) => p.name === "Springfield").length).toBeGreaterThanOrEqual(2);
    expect(new Set(offered.map((p) => p.admin1Code)).size).toBeGreaterThan(1); // told apart by state
    const none = await submitNewPartnership(db, umeaOfficer, typed("Qxzvyborg"));
    expect(inSwedish(none).fieldErrors).toEqual({
      "partners.0.placeId": [
        "Ingen ort i ortregistret heter ”Qxzvyborg”. Kontrollera stavningen eller sök i ett annat land.",
      ],
    });
    expect(await counts()).toEqual(before);

    const state = await submitNewPartnership(db, umeaOfficer, typed("Tartu", "EE"));
    expect(state).toMatchObject({ status: "saved" });
    created.push(state.savedId!);
    const partner = await db.partnershipPartner.findFirstOrThrow({
      where: { partnershipId: state.savedId! },
    });
    expect(partner.placeId).toBe(tartu);
  });

  it("adds a multilateral cooperation with a further Swedish participant", async () => {
    const state = await submitNewPartnership(
      db,
      umeaOfficer,
      twinTownForm({
        kind: "OTHER",
        otherType: "PROJECT",
        participantIds: [umea, solleftea],
        "partners.0.type": "ORGANISATION",
        "partners.0.name": "Testförbundet",
        "partners.0.countryCode": "FI",
      }),
    );
    expect(state.status).toBe("saved");
    created.push(state.savedId!);
    const participants = await db.partnershipParticipant.findMany({
      where: { partnershipId: state.savedId! },
    });
    expect(participants.map((p) => p.organisationId).sort()).toEqual([umea, solleftea].sort());
  });
});

describe("editing a partnership (updatePartnershipAction)", () => {
  it("refuses signed-out, other municipality and invalid input, changing nothing", async () => {
    const row = await createOne({
      "partners.0.type": "COUNTRY",
      "partners.0.countryCode": "EE",
      "partners.0.placeId": "",
    });
    const edit = (fields = {}) =>
      twinTownForm({
        id: row.id,
        expectedVersion: row.version,
        "partners.0.type": "COUNTRY",
        "partners.0.countryCode": "EE",
        ...fields,
      });
    const before = await counts();
    expect(await submitPartnershipUpdate(db, null, edit({ startYear: "2001" }))).toEqual({
      status: "unauthenticated",
    });
    expect(await submitPartnershipUpdate(db, sollefteaOfficer, edit({ startYear: "2001" }))).toMatchObject({
      status: "forbidden",
    });
    const invalid = await submitPartnershipUpdate(db, umeaOfficer, edit({ startYear: "1850" }));
    expect(inSwedish(invalid)).toMatchObject({
      status: "invalid",
      fieldErrors: {
        startYear: [`Startåret måste vara ett årtal mellan 1900 och ${new Date().getFullYear()}.`],
      },
    });
    expect(await counts()).toEqual(before);
    expect(await db.partnership.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      startYear: 1995,
      version: 1,
    });
  });

  it("saves a valid edit as a new version, and refuses a stale one with what changed, keeping the input", async () => {
    const row = await createOne({
      "partners.0.type": "COUNTRY",
      "partners.0.countryCode": "LV",
      "partners.0.placeId": "",
    });
    const edit = (fields = {}) =>
      twinTownForm({
        id: row.id,
        expectedVersion: 1,
        "partners.0.type": "COUNTRY",
        "partners.0.countryCode": "LV",
        ...fields,
      });
    expect(
      await submitPartnershipUpdate(db, umeaOfficer, edit({ startYear: "2001", activityLevel: "SPORADIC" })),
    ).toMatchObject({ status: "saved", savedId: row.id });
    expect(await db.partnership.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      startYear: 2001,
      activityLevel: "SPORADIC",
      version: 2,
    });

    const stale = await submitPartnershipUpdate(db, admin, edit({ description: "Mitt tillägg" }));
    expect(stale.status).toBe("conflict");
    expect(stale.conflict).toMatchObject({
      currentVersion: 2,
      current: { startYear: 2001, activityLevel: "SPORADIC" },
    });
    expect(stale.conflict!.changedFields).toEqual(expect.arrayContaining(["startYear", "activityLevel"]));
    expect(stale.values).toMatchObject({ description: "Mitt tillägg" });
    expect(await db.partnership.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      description: null,
      version: 2,
    });
  });
});

describe("lifecycle actions", () => {
  const target = (row: { id: number; version: number }, extra = {}) =>
    form({ id: row.id, expectedVersion: row.version, ...extra });
  const reload = (id: number) => db.partnership.findUniqueOrThrow({ where: { id } });

  it("ends (with date, reason, decision), reopens, removes and restores; others are refused", async () => {
    let row = await createOne({
      "partners.0.type": "COUNTRY",
      "partners.0.countryCode": "LT",
      "partners.0.placeId": "",
    });
    const before = await counts();
    const ending = {
      endedOn: "2020-06-30",
      endReason: "Kommunsammanslagning",
      endDecisionRef: "KF 2020-06-15 § 80",
    };
    expect(await submitPartnershipEnd(db, null, target(row, ending))).toEqual({ status: "unauthenticated" });
    expect(await submitPartnershipEnd(db, sollefteaOfficer, target(row, ending))).toMatchObject({
      status: "forbidden",
    });
    expect(
      inSwedish(
        await submitPartnershipEnd(db, umeaOfficer, target(row, { ...ending, endedOn: "1990-01-01" })),
      ),
    ).toMatchObject({
      status: "invalid",
      fieldErrors: {
        endedOn: ["Slutdatumet kan inte vara före startåret 1995. Ändra slutdatumet eller startåret."],
      },
    });
    expect(
      inSwedish(await submitPartnershipEnd(db, umeaOfficer, target(row, { endedOn: "i fjol" }))),
    ).toMatchObject({
      status: "invalid",
      fieldErrors: { endedOn: ["Ange slutdatumet som ett datum, till exempel 2020-12-31."] },
    });
    expect(await counts()).toEqual(before);

    expect(await submitPartnershipEnd(db, umeaOfficer, target(row, ending))).toMatchObject({
      status: "saved",
    });
    row = await reload(row.id);
    expect(row).toMatchObject({
      endReason: "Kommunsammanslagning",
      endDecisionRef: "KF 2020-06-15 § 80",
      version: 2,
    });
    expect(row.endedOn?.toISOString().slice(0, 10)).toBe("2020-06-30");

    expect(await submitPartnershipReopen(db, sollefteaOfficer, target(row))).toMatchObject({
      status: "forbidden",
    });
    expect(await submitPartnershipReopen(db, umeaOfficer, target(row))).toMatchObject({ status: "saved" });
    row = await reload(row.id);
    expect(row).toMatchObject({ endedOn: null, version: 3 });

    expect(await submitPartnershipRemove(db, null, target(row))).toEqual({ status: "unauthenticated" });
    expect(await submitPartnershipRemove(db, sollefteaOfficer, target(row))).toMatchObject({
      status: "forbidden",
    });
    expect(await submitPartnershipRemove(db, umeaOfficer, target(row))).toMatchObject({ status: "saved" });
    row = await reload(row.id);
    expect(row.removedAt).not.toBeNull();

    expect(await submitPartnershipRestore(db, sollefteaOfficer, target(row))).toMatchObject({
      status: "forbidden",
    });
    expect(await submitPartnershipRestore(db, umeaOfficer, target(row))).toMatchObject({ status: "saved" });
    expect((await reload(row.id)).removedAt).toBeNull();
  });

  it("confirms an unverified partnership only for its own municipality", async () => {
    // Sollefteå's Esashi is seeded as needing review.
    const esashi = await db.partnership.findFirstOrThrow({
      where: { verification: "NEEDS_REVIEW", participants: { some: { organisationId: solleftea } } },
    });
    const before = await counts();
    expect(await submitPartnershipConfirm(db, null, target(esashi))).toEqual({ status: "unauthenticated" });
    expect(await submitPartnershipConfirm(db, umeaOfficer, target(esashi))).toMatchObject({
      status: "forbidden",
    });
    expect(
      await submitPartnershipConfirm(db, sollefteaOfficer, form({ id: esashi.id, expectedVersion: "x" })),
    ).toMatchObject({ status: "not_found" });
    expect(await counts()).toEqual(before);
    expect(await reload(esashi.id)).toMatchObject({ verification: "NEEDS_REVIEW", version: esashi.version });
  });

  it("restores an earlier version as a new version", async () => {
    const row = await createOne({
      "partners.0.type": "COUNTRY",
      "partners.0.countryCode": "PL",
      "partners.0.placeId": "",
    });
    await submitPartnershipUpdate(
      db,
      umeaOfficer,
      twinTownForm({
        id: row.id,
        expectedVersion: 1,
        "partners.0.type": "COUNTRY",
        "partners.0.countryCode": "PL",
        startYear: "2010",
      }),
    );
    const [, first] = await partnershipHistory(db, row.id);
    const restore = (user: SessionUser | null, extra = {}) =>
      submitPartnershipVersionRestore(
        db,
        user,
        form({ id: row.id, expectedVersion: 2, auditEventId: String(first!.id), ...extra }),
      );
    expect(await restore(null)).toEqual({ status: "unauthenticated" });
    // Without the ticked box nothing is restored, and the form says why.
    expect(await restore(umeaOfficer)).toMatchObject({
      status: "invalid",
      fieldErrors: { confirmRestore: [{ code: "restoreNotConfirmed" }] },
    });
    expect(await reload(row.id)).toMatchObject({ version: 2 });
    const confirmed = { confirmRestore: "yes" };
    expect(await restore(sollefteaOfficer, confirmed)).toMatchObject({ status: "forbidden" });
    expect(await restore(umeaOfficer, { ...confirmed, auditEventId: "999999999" })).toMatchObject({
      status: "not_found",
    });
    expect(await restore(umeaOfficer, confirmed)).toMatchObject({ status: "saved" });
    expect(await reload(row.id)).toMatchObject({ startYear: 1995, version: 3 });
    const [restoreEvent] = await partnershipHistory(db, row.id);
    expect(restoreEvent).toMatchObject({ action: "RESTORE", restoredFromId: first!.id });
  });
});

describe("organisation contacts and review", () => {
  const contacts = (fields: Record<string, string | string[]> = {}, version?: number) =>
    form({
      organisationId: umea,
      expectedVersion: version ?? umeaBefore.version,
      contactName: "Anna Andersson",
      contactEmail: "anna@umea.se",
      coordinationForms: ["DESIGNATED_OFFICER"],
      website: "https://www.umea.se",
      ...fields,
    });

  it("refuses signed-out, other organisation and invalid input, and saves valid contacts", async () => {
    const before = await counts();
    expect(await submitOrganisationContacts(db, null, contacts())).toEqual({ status: "unauthenticated" });
    expect(await submitOrganisationContacts(db, sollefteaOfficer, contacts())).toMatchObject({
      status: "forbidden",
    });
    expect(
      await submitOrganisationContacts(db, sollefteaOfficer, contacts({ contactEmail: "fel" })),
    ).toMatchObject({ status: "forbidden" });
    expect(
      inSwedish(
        await submitOrganisationContacts(
          db,
          umeaOfficer,
          contacts({ contactEmail: "inte-en-adress", website: "umea" }),
        ),
      ),
    ).toMatchObject({
      status: "invalid",
      fieldErrors: {
        contactEmail: ["Ange e-postadressen i formen namn@kommun.se, eller lämna fältet tomt."],
        website: ["Webbplatsen ska vara en webbadress som börjar med https://."],
      },
    });
    expect(await counts()).toEqual(before);
    expect(await submitOrganisationContacts(db, umeaOfficer, contacts())).toMatchObject({ status: "saved" });
    expect(await db.organisation.findUniqueOrThrow({ where: { id: umea } })).toMatchObject({
      contactName: "Anna Andersson",
      contactEmail: "anna@umea.se",
      coordinationForms: ["DESIGNATED_OFFICER"],
      version: umeaBefore.version + 1,
    });
    // The same form again is stale now.
    expect(await submitOrganisationContacts(db, umeaOfficer, contacts({ contactName: "Bo" }))).toMatchObject({
      status: "conflict",
      values: { contactName: "Bo" },
    });
  });

  it("records today's review date for the organisation's own officer only", async () => {
    const version = (await db.organisation.findUniqueOrThrow({ where: { id: umea } })).version;
    expect(
      await submitOrganisationReview(db, null, form({ organisationId: umea, expectedVersion: version })),
    ).toEqual({ status: "unauthenticated" });
    expect(
      await submitOrganisationReview(
        db,
        sollefteaOfficer,
        form({ organisationId: umea, expectedVersion: version }),
      ),
    ).toMatchObject({ status: "forbidden" });
    expect(
      await submitOrganisationReview(
        db,
        umeaOfficer,
        form({ organisationId: umea, expectedVersion: version }),
      ),
    ).toMatchObject({ status: "saved" });
    const reviewed = await db.organisation.findUniqueOrThrow({ where: { id: umea } });
    expect(reviewed.lastReviewedOn?.toISOString().slice(0, 10)).toBe(
      new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date()),
    );
    const events = await db.auditEvent.findMany({
      where: { entityType: "Organisation", entityId: String(umea), actorId: umeaOfficer.id },
    });
    expect(events).toHaveLength(2);
  });

  it("restores an earlier version of the profile from its history", async () => {
    const now = await db.organisation.findUniqueOrThrow({ where: { id: umea } });
    const contactsEvent = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Organisation", entityId: String(umea), actorId: umeaOfficer.id },
      orderBy: { id: "asc" },
    });
    const restore = (user: SessionUser | null, extra: Record<string, string | number> = {}) =>
      submitOrganisationVersionRestore(
        db,
        user,
        form({
          organisationId: umea,
          expectedVersion: now.version,
          auditEventId: String(contactsEvent.id),
          confirmRestore: "yes",
          ...extra,
        }),
      );
    expect(await restore(null)).toEqual({ status: "unauthenticated" });
    expect(await restore(sollefteaOfficer)).toMatchObject({ status: "forbidden" });
    expect(await restore(umeaOfficer, { auditEventId: "x" })).toMatchObject({ status: "not_found" });
    expect(await restore(umeaOfficer, { expectedVersion: now.version - 1 })).toMatchObject({
      status: "conflict",
    });
    expect(await restore(umeaOfficer, { confirmRestore: "" })).toMatchObject({ status: "invalid" });
    expect(await restore(umeaOfficer)).toMatchObject({ status: "saved" });
    const restored = await db.organisation.findUniqueOrThrow({ where: { id: umea } });
    expect(restored).toMatchObject({ contactName: "Anna Andersson", version: now.version + 1 });
    expect(restored.lastReviewedOn?.toISOString()).toBe(umeaBefore.lastReviewedOn?.toISOString());
  });
});

describe("policy documents", () => {
  const policyForm = (fields: Record<string, string | number> = {}) =>
    form({
      organisationId: umea,
      title: "Internationell strategi 2024–2027",
      adoptingBody: "Kommunfullmäktige",
      decisionDate: "2024-02-26",
      validFromYear: "2024",
      validToYear: "2027",
      goals: "Fler utbyten\nEU-projekt",
      rules: "",
      summary: "",
      vision: "",
      decisionParagraph: "§ 12",
      sourceUrl: "",
      ...fields,
    });

  it("adds, edits, removes and restores a policy document within the officer's own organisation", async () => {
    const before = await counts();
    expect(await submitNewPolicy(db, null, policyForm())).toEqual({ status: "unauthenticated" });
    expect(await submitNewPolicy(db, sollefteaOfficer, policyForm())).toMatchObject({ status: "forbidden" });
    expect(
      inSwedish(await submitNewPolicy(db, umeaOfficer, policyForm({ title: "", validToYear: "2020" }))),
    ).toMatchObject({
      status: "invalid",
      fieldErrors: {
        title: ["Ange dokumentets titel."],
        validToYear: ["Giltig till kan inte vara före Giltig från. Ändra något av årtalen."],
      },
    });
    expect(await counts()).toEqual(before);

    const saved = await submitNewPolicy(db, umeaOfficer, policyForm());
    expect(saved.status).toBe("saved");
    createdPolicies.push(saved.savedId!);
    const policy = await db.policyDocument.findUniqueOrThrow({ where: { id: saved.savedId! } });
    expect(policy).toMatchObject({
      organisationId: umea,
      goals: ["Fler utbyten", "EU-projekt"],
      validToYear: 2027,
      version: 1,
    });

    const edit = (user: SessionUser | null, fields: Record<string, string | number> = {}) =>
      submitPolicyUpdate(db, user, policyForm({ policyId: policy.id, expectedVersion: 1, ...fields }));
    expect(await edit(null)).toEqual({ status: "unauthenticated" });
    expect(await edit(sollefteaOfficer, { title: "Kapad" })).toMatchObject({ status: "forbidden" });
    expect(inSwedish(await edit(umeaOfficer, { decisionDate: "26 feb" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { decisionDate: [expect.stringContaining("Ange beslutsdatumet")] },
    });
    expect(await edit(umeaOfficer, { title: "Internationell strategi (reviderad)" })).toMatchObject({
      status: "saved",
    });
    expect(await edit(umeaOfficer, { title: "Inaktuell" })).toMatchObject({
      status: "conflict",
      conflict: { changedFields: ["title"], currentVersion: 2 },
    });

    const target = (user: SessionUser | null, version: number) =>
      form({ policyId: policy.id, expectedVersion: version });
    expect(await submitPolicyRemove(db, sollefteaOfficer, target(sollefteaOfficer, 2))).toMatchObject({
      status: "forbidden",
    });
    expect(await submitPolicyRemove(db, umeaOfficer, target(umeaOfficer, 2))).toMatchObject({
      status: "saved",
    });
    expect(await submitPolicyRestore(db, umeaOfficer, target(umeaOfficer, 3))).toMatchObject({
      status: "saved",
    });
    expect(await db.policyDocument.findUniqueOrThrow({ where: { id: policy.id } })).toMatchObject({
      title: "Internationell strategi (reviderad)",
      removedAt: null,
      version: 4,
    });

    // Its own history: who, when, each field before and after; an earlier version can be restored.
    const history = await policyHistory(db, policy.id);
    expect(history.map((e) => e.action)).toEqual(["RESTORE", "REMOVE", "UPDATE", "CREATE"]);
    expect(history.every((e) => e.actorId === umeaOfficer.id)).toBe(true);
    expect(policyChanges(history[2]!.before, history[2]!.after)).toEqual([
      {
        field: "title",
        before: "Internationell strategi 2024–2027",
        after: "Internationell strategi (reviderad)",
      },
    ]);
    const created = history[3]!;
    const restoreVersion = (
      user: SessionUser | null,
      version: number,
      auditEventId: string = String(created.id),
    ) =>
      submitPolicyVersionRestore(
        db,
        user,
        form({ policyId: policy.id, expectedVersion: version, auditEventId, confirmRestore: "yes" }),
      );
    expect(await restoreVersion(null, 4)).toEqual({ status: "unauthenticated" });
    expect(await restoreVersion(sollefteaOfficer, 4)).toMatchObject({ status: "forbidden" });
    expect(await restoreVersion(umeaOfficer, 4, String(history[0]!.id + 1000n))).toMatchObject({
      status: "not_found",
    });
    expect(await restoreVersion(umeaOfficer, 3)).toMatchObject({ status: "conflict" });
    expect(await db.policyDocument.findUniqueOrThrow({ where: { id: policy.id } })).toMatchObject({
      title: "Internationell strategi (reviderad)",
      version: 4,
    });
    expect(await restoreVersion(umeaOfficer, 4)).toMatchObject({ status: "saved", savedId: policy.id });
    expect(await db.policyDocument.findUniqueOrThrow({ where: { id: policy.id } })).toMatchObject({
      title: "Internationell strategi 2024–2027",
      goals: ["Fler utbyten", "EU-projekt"],
      version: 5,
    });
    const [restored] = await policyHistory(db, policy.id);
    expect(restored).toMatchObject({ action: "RESTORE", restoredFromId: created.id });
    expect(policyChanges(restored!.before, restored!.after)).toEqual([
      {
        field: "title",
        before: "Internationell strategi (reviderad)",
        after: "Internationell strategi 2024–2027",
      },
    ]);
  });

  it("refuses changes to another municipality's seeded policy", async () => {
    const seeded = await db.policyDocument.findFirstOrThrow({ where: { organisationId: solleftea } });
    expect(
      await submitPolicyUpdate(
        db,
        umeaOfficer,
        policyForm({ policyId: seeded.id, expectedVersion: seeded.version }),
      ),
    ).toMatchObject({ status: "forbidden" });
    expect(
      await submitPolicyRemove(
        db,
        umeaOfficer,
        form({ policyId: seeded.id, expectedVersion: seeded.version }),
      ),
    ).toMatchObject({ status: "forbidden" });
    expect(await db.policyDocument.findUniqueOrThrow({ where: { id: seeded.id } })).toEqual(seeded);
  });
});

describe("signing in", () => {
  it("accepts the right password and refuses a wrong one or an unknown account alike", async () => {
    const at = (email: string, password: string) =>
      authenticateWithPassword(db, { email, password, address: "198.51.100.1" });
    expect(await at("Umea@Example.org", "demo-umea-password")).toEqual({ ok: true, userId: umeaOfficer.id });
    expect(await at("umea@example.org", "wrong-password!!")).toEqual({ ok: false, reason: "invalid" });
    expect(await at("nobody@example.org", "demo-umea-password")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks a client out of an account after repeated failures, even with the right password, not the owner elsewhere", async () => {
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT_AND_ACCOUNT; i++) {
      expect(
        await authenticateWithPassword(db, {
          email: "solleftea@example.org",
          password: `wrong-${i}-password`,
          address: ADDRESS,
        }),
      ).toMatchObject({ reason: "invalid" });
    }
    expect(
      await authenticateWithPassword(db, {
        email: "solleftea@example.org",
        password: "demo-solleftea-password",
        address: ADDRESS,
      }),
    ).toEqual({ ok: false, reason: "rate_limited" });
    expect(
      await authenticateWithPassword(db, {
        email: "solleftea@example.org",
        password: "demo-solleftea-password",
        address: "192.0.2.99",
      }),
    ).toMatchObject({ ok: true });
    await db.loginAttempt.deleteMany({ where: { email: "solleftea@example.org" } });
  });

  it("forgets attempts once they have left the window, when the next attempt is recorded", async () => {
    const email = "prune@example.org";
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await db.loginAttempt.createMany({
      data: [
        ...Array.from({ length: MAX_FAILURES_PER_CLIENT_AND_ACCOUNT }, () => ({
          email,
          address: ADDRESS,
          succeeded: false,
          at: minutesAgo(LOGIN_WINDOW_MINUTES + 1),
        })),
        { email, address: ADDRESS, succeeded: false, at: minutesAgo(LOGIN_WINDOW_MINUTES - 1) },
      ],
    });
    // Old failures no longer count: a new attempt is reserved, and reserving deletes them.
    expect(await reserveLoginAttempt(db, email, ADDRESS)).not.toBeNull();
    const left = await db.loginAttempt.findMany({ where: { email }, select: { at: true } });
    expect(left).toHaveLength(2);
    expect(left[0]!.at.getTime()).toBeGreaterThan(minutesAgo(LOGIN_WINDOW_MINUTES).getTime());
    await db.loginAttempt.deleteMany({ where: { email: { in: [email, "other@example.org"] } } });
  });
});

describe("user management", () => {
  const invite = (user: SessionUser | null, fields: Record<string, string | (string | number)[]> = {}) =>
    inviteUser(
      db,
      user,
      form({
        name: "Ny Handläggare",
        email: `ny${INVITED_DOMAIN}`,
        role: "OFFICER",
        organisationIds: [umea],
        ...fields,
      }),
      { log: () => {}, mailer: null },
    );

  it("lets only administrators invite, with field errors for bad input", async () => {
    const before = await counts();
    expect(await invite(null)).toEqual({ status: "unauthenticated" });
    expect(await invite(umeaOfficer)).toMatchObject({ status: "forbidden" });
    expect(await invite(admin, { email: "inte-en-adress", organisationIds: [] })).toMatchObject({
      status: "invalid",
      fieldErrors: { email: [{ code: "emailInvalid" }] },
    });
    expect(await invite(admin, { organisationIds: [] })).toMatchObject({
      status: "invalid",
      fieldErrors: { organisationIds: [{ code: "organisationsRequired" }] },
    });
    expect(await invite(admin, { email: "umea@example.org" })).toMatchObject({
      status: "invalid",
      fieldErrors: { email: [{ code: "emailTaken" }] },
    });
    expect(await counts()).toEqual(before);
  });

  it("invites an officer who sets a password once and signs in; deactivation stops sign-in", async () => {
    const lines: string[] = [];
    const state: FormState = await inviteUser(
      db,
      admin,
      form({
        name: "Ny Handläggare",
        email: `ny${INVITED_DOMAIN}`,
        role: "OFFICER",
        organisationIds: [umea],
      }),
      { log: (l) => lines.push(l), mailer: null },
    );
    expect(state.status).toBe("saved");
    const link = String(state.notices![0]!.values.link);
    const token = link.replace("/inbjudan/", "");
    expect(state.notices).toEqual([{ key: "invitationLink", values: { link, days: 7 } }]);
    expect(lines[0]).toContain(link);
    const invitation = await db.invitation.findFirstOrThrow({ where: { userId: state.savedId! } });
    expect(invitation.tokenHash).not.toContain(token);
    expect(invitation.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);

    expect(
      await acceptInvitation(db, token, form({ password: "kort", passwordConfirmation: "kort" })),
    ).toMatchObject({ status: "invalid", fieldErrors: { password: [{ code: "passwordTooShort" }] } });
    expect(
      await acceptInvitation(
        db,
        token,
        form({ password: "en lång fras som lösenord", passwordConfirmation: "annan" }),
      ),
    ).toMatchObject({ fieldErrors: { passwordConfirmation: [{ code: "passwordMismatch" }] } });
    expect(
      await acceptInvitation(
        db,
        "fel-token",
        form({ password: "en lång fras som lösenord", passwordConfirmation: "en lång fras som lösenord" }),
      ),
    ).toEqual({ status: "not_found" });
    expect(
      await acceptInvitation(
        db,
        token,
        form({ password: "en lång fras som lösenord", passwordConfirmation: "en lång fras som lösenord" }),
      ),
    ).toMatchObject({ status: "saved" });
    expect(await findOpenInvitation(db, token)).toBeNull();
    expect(
      await authenticateWithPassword(db, {
        email: `ny${INVITED_DOMAIN}`,
        password: "en lång fras som lösenord",
        address: "198.51.100.2",
      }),
    ).toEqual({ ok: true, userId: state.savedId });

    expect(
      await setUserActive(db, umeaOfficer, form({ userId: state.savedId!, active: "false" })),
    ).toMatchObject({ status: "forbidden" });
    expect(await setUserActive(db, admin, form({ userId: admin.id, active: "false" }))).toMatchObject({
      status: "invalid",
    });
    expect(await setUserActive(db, admin, form({ userId: state.savedId!, active: "false" }))).toMatchObject({
      status: "saved",
    });
    expect(
      await authenticateWithPassword(db, {
        email: `ny${INVITED_DOMAIN}`,
        password: "en lång fras som lösenord",
        address: "198.51.100.2",
      }),
    ).toEqual({ ok: false, reason: "invalid" });
    expect(await loadSessionUser(db, state.savedId!)).toBeNull();

    const audits = await db.auditEvent.findMany({
      where: { entityType: "User", entityId: String(state.savedId) },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual(["CREATE", "UPDATE", "UPDATE"]);
  });

  it("assigns organisations (administrators only)", async () => {
    expect(
      await setUserAssignments(
        db,
        null,
        form({ userId: umeaOfficer.id, organisationIds: [umea, solleftea] }),
      ),
    ).toEqual({ status: "unauthenticated" });
    expect(
      await setUserAssignments(
        db,
        umeaOfficer,
        form({ userId: umeaOfficer.id, organisationIds: [umea, solleftea] }),
      ),
    ).toMatchObject({ status: "forbidden" });
    expect(
      await setUserAssignments(
        db,
        admin,
        form({ userId: umeaOfficer.id, organisationIds: [umea, solleftea] }),
      ),
    ).toMatchObject({ status: "saved" });
    expect((await loadSessionUser(db, umeaOfficer.id))!.organisationIds).toEqual(
      [umea, solleftea].sort((a, b) => a - b),
    );
  });
});

describe("gazetteer type-ahead", () => {
  it("finds places by alternate names and tells them apart by country, admin area and population", async () => {
    const places = await searchPlaceOptions(db, "Vasa", { countryCode: "FI", locale: "sv" });
    expect(places[0]).toMatchObject({ name: "Vaasa", countryName: "Finland", countryCode: "FI" });
    expect(places[0]!.population).toBeGreaterThan(50_000);
    expect(places.every((p) => p.countryCode === "FI")).toBe(true);
  });
});
