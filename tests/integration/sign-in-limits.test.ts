import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  argon2Verifier,
  authenticateWithPassword,
  type AuthenticationResult,
  type PasswordVerifier,
} from "../../lib/auth/authenticate";
import { acceptInvitation, inviteUser, setUserActive } from "../../lib/manage/user-actions";
import {
  MAX_FAILURES_PER_ACCOUNT,
  MAX_FAILURES_PER_CLIENT,
  MAX_FAILURES_PER_CLIENT_AND_ACCOUNT,
} from "../../lib/auth/rate-limit";
import {
  currentSessionVersion,
  endSessions,
  loadSessionUser,
  userForSession,
  type SessionClaims,
  type SessionUser,
} from "../../lib/auth/session-user";
import { testDatabase } from "../support/database";

// The sign-in limits under concurrency and the end of sessions, against the real database.
// Every guess goes through the real argon2 check, wrapped to count how many reached it.
// Everything created here is removed afterwards: later files count seed rows.
const db = testDatabase();
const UMEA = { email: "umea@example.org", password: "demo-umea-password" };
const SOLLEFTEA = { email: "solleftea@example.org", password: "demo-solleftea-password" };
const CREATED_DOMAIN = "@session-end.test";

let admin: SessionUser;
let auditMark = 0n;

/** The real verifier, counting the checks that reached argon2 (known and unknown accounts). */
function countingVerifier() {
  const counter = { checks: 0 };
  const verifier: PasswordVerifier = {
    verify: (hash, password) => {
      counter.checks++;
      return argon2Verifier.verify(hash, password);
    },
    verifyNothing: (password) => {
      counter.checks++;
      return argon2Verifier.verifyNothing(password);
    },
  };
  return { counter, verifier };
}

const tally = (results: AuthenticationResult[]) => ({
  invalid: results.filter((r) => !r.ok && r.reason === "invalid").length,
  rateLimited: results.filter((r) => !r.ok && r.reason === "rate_limited").length,
  ok: results.filter((r) => r.ok).length,
});

const form = (fields: Record<string, string | number | (string | number)[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(key, String(v));
  return data;
};

/** What a token issued now would carry (what the jwt callback of lib/auth/config.ts stores). */
async function signInClaims(userId: number): Promise<SessionClaims> {
  return { userId, sessionVersion: (await currentSessionVersion(db, userId))! };
}

beforeAll(async () => {
  const row = await db.user.findUniqueOrThrow({ where: { email: "admin@example.org" } });
  admin = (await loadSessionUser(db, row.id))!;
  auditMark = (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
  await db.loginAttempt.deleteMany({});
});

afterAll(async () => {
  await db.auditEvent.deleteMany({ where: { entityType: "User", id: { gt: auditMark } } });
  await db.user.deleteMany({ where: { email: { endsWith: CREATED_DOMAIN } } });
  await db.loginAttempt.deleteMany({});
});

describe("sign-in limits under concurrency", () => {
  it("lets at most the limit of 50 simultaneous wrong guesses from one client reach the password check", async () => {
    const { counter, verifier } = countingVerifier();
    const attacker = "203.0.113.50";
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        authenticateWithPassword(
          db,
          { email: UMEA.email, password: `wrong-guess-${i}`, address: attacker },
          verifier,
        ),
      ),
    );
    expect(counter.checks).toBe(MAX_FAILURES_PER_CLIENT_AND_ACCOUNT);
    expect(tally(results)).toEqual({
      invalid: MAX_FAILURES_PER_CLIENT_AND_ACCOUNT,
      rateLimited: 50 - MAX_FAILURES_PER_CLIENT_AND_ACCOUNT,
      ok: 0,
    });
    // The attacker's client stays locked out of the account even with the right password…
    expect(await authenticateWithPassword(db, { ...UMEA, address: attacker }, verifier)).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    expect(counter.checks).toBe(MAX_FAILURES_PER_CLIENT_AND_ACCOUNT);
    // …while the real owner, from another address, signs in.
    expect(await authenticateWithPassword(db, { ...UMEA, address: "198.51.100.20" })).toMatchObject({
      ok: true,
    });
  });

  it("stops one client trying many accounts at the per-client limit, unknown accounts included", async () => {
    const { counter, verifier } = countingVerifier();
    const client = "203.0.113.51";
    const results = await Promise.all(
      Array.from({ length: MAX_FAILURES_PER_CLIENT + 10 }, (_, i) =>
        authenticateWithPassword(
          db,
          { email: `guess-${i}@example.org`, password: "wrong-guess-password", address: client },
          verifier,
        ),
      ),
    );
    expect(counter.checks).toBe(MAX_FAILURES_PER_CLIENT);
    expect(tally(results)).toEqual({ invalid: MAX_FAILURES_PER_CLIENT, rateLimited: 10, ok: 0 });
    // The client is locked for every account, the owners elsewhere are not.
    expect(await authenticateWithPassword(db, { ...SOLLEFTEA, address: client })).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    expect(await authenticateWithPassword(db, { ...SOLLEFTEA, address: "198.51.100.21" })).toMatchObject({
      ok: true,
    });
  });

  it("backs off account-wide after many clients' failures, except for a client the owner signed in from", async () => {
    const email = `backoff${CREATED_DOMAIN}`;
    const invited = await inviteUser(
      db,
      admin,
      form({ name: "Back Off", email, role: "ADMINISTRATOR", organisationIds: [] }),
      { log: () => {}, mailer: null },
    );
    const token = String(invited.notices![0]!.values.link).replace("/inbjudan/", "");
    const password = "ägarens långa lösenord";
    expect(
      await acceptInvitation(db, token, form({ password, passwordConfirmation: password })),
    ).toMatchObject({ status: "saved" });
    const home = "198.51.100.30";
    expect(await authenticateWithPassword(db, { email, password, address: home })).toMatchObject({
      ok: true,
    });

    // A guesser with many addresses: each stays under its own limit, together they reach the account's.
    const clients = MAX_FAILURES_PER_ACCOUNT / MAX_FAILURES_PER_CLIENT_AND_ACCOUNT;
    const { counter, verifier } = countingVerifier();
    const results = await Promise.all(
      Array.from({ length: clients * MAX_FAILURES_PER_CLIENT_AND_ACCOUNT }, (_, i) =>
        authenticateWithPassword(
          db,
          { email, password: `guess-${i}-password`, address: `192.0.2.${100 + (i % clients)}` },
          verifier,
        ),
      ),
    );
    expect(tally(results)).toEqual({ invalid: MAX_FAILURES_PER_ACCOUNT, rateLimited: 0, ok: 0 });
    expect(counter.checks).toBe(MAX_FAILURES_PER_ACCOUNT);
    // One more client, even with the right password, now waits…
    expect(await authenticateWithPassword(db, { email, password, address: "192.0.2.200" })).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    // …but the owner's known address still gets in.
    expect(await authenticateWithPassword(db, { email, password, address: home })).toMatchObject({
      ok: true,
    });
  });
});

describe("sessions end on the server", () => {
  it("ends a session at sign-out: the old token yields no user, a new sign-in does", async () => {
    const umea = await db.user.findUniqueOrThrow({ where: { email: UMEA.email } });
    const copied = await signInClaims(umea.id);
    expect(await userForSession(db, copied)).toMatchObject({ email: UMEA.email });

    await endSessions(db, umea.id, copied.sessionVersion); // what signing out does (events.signOut)
    expect(await userForSession(db, copied)).toBeNull();

    const again = await signInClaims(umea.id);
    expect(await userForSession(db, again)).toMatchObject({ email: UMEA.email });
    // Signing out once more with the ended copy ends nothing newer.
    await endSessions(db, umea.id, copied.sessionVersion);
    expect(await userForSession(db, again)).toMatchObject({ email: UMEA.email });
  });

  it("ends an account's sessions at once when it is deactivated, and they stay ended after reactivation", async () => {
    const solleftea = await db.user.findUniqueOrThrow({ where: { email: SOLLEFTEA.email } });
    const open = await signInClaims(solleftea.id);
    expect(await userForSession(db, open)).not.toBeNull();
    expect(await setUserActive(db, admin, form({ userId: solleftea.id, active: "false" }))).toMatchObject({
      status: "saved",
    });
    expect(await userForSession(db, open)).toBeNull();
    expect(await setUserActive(db, admin, form({ userId: solleftea.id, active: "true" }))).toMatchObject({
      status: "saved",
    });
    expect(await userForSession(db, open)).toBeNull();
    expect(await userForSession(db, await signInClaims(solleftea.id))).toMatchObject({
      email: SOLLEFTEA.email,
    });
  });

  it("ends the sessions an account had when its password is set", async () => {
    const email = `password${CREATED_DOMAIN}`;
    const invited = await inviteUser(
      db,
      admin,
      form({ name: "Nytt Lösenord", email, role: "ADMINISTRATOR", organisationIds: [] }),
      { log: () => {}, mailer: null },
    );
    // e.g. signed in with a Microsoft account before choosing a password
    const before = await signInClaims(invited.savedId!);
    expect(await userForSession(db, before)).not.toBeNull();
    const token = String(invited.notices![0]!.values.link).replace("/inbjudan/", "");
    const password = "ett helt nytt lösenord";
    await acceptInvitation(db, token, form({ password, passwordConfirmation: password }));
    expect(await userForSession(db, before)).toBeNull();
  });
});
