// Several app servers on one PostgreSQL: each keeps the public pages' data in its own memory
// (lib/cache/public-read.ts) and shares nothing with the other but the database. A write is
// seen by both on their very next request, because each request first reads the data version
// row the write moved in its own transaction.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Scope } from "../../lib/auth/scope";
import { removePartnership } from "../../lib/partnerships/lifecycle";
import { createValidatedPartnership, updatePartnership } from "../../lib/partnerships/update";
import { updateOrganisationProfile } from "../../lib/organisations/update-profile";
import { ensureBuild, startAppServer, type AppServer } from "../support/app-server";
import { testDatabase } from "../support/database";

const db = testDatabase();
const SOURCE = "test:two-servers";
const actor = { label: "test:two-servers" };
const ALL: Scope = "all";
const servers: AppServer[] = [];
const created: number[] = [];
let umea = 0;
let contactTitle: string | null = null;

const content = (title: string) => ({
  kind: "OTHER",
  otherType: "PROJECT",
  title,
  startYear: 2021,
  participantIds: [umea],
  partners: [{ type: "ORGANISATION", name: "Tvåserverstestet", countryCode: "IS" }],
  areaCodes: [],
  fundingCodes: [],
});

async function text(server: AppServer, path: string): Promise<string> {
  const response = await fetch(server.url + path, { redirect: "manual" });
  expect([path, response.status]).toEqual([path, 200]);
  return response.text();
}

/** Every page and API answer both servers give for `path`. */
const both = (path: string) => Promise.all(servers.map((s) => text(s, path)));

beforeAll(async () => {
  umea = (await db.organisation.findUniqueOrThrow({ where: { code: "2480" } })).id;
  contactTitle = (await db.organisation.findUniqueOrThrow({ where: { id: umea } })).contactTitle;
  ensureBuild();
  servers.push(await startAppServer(inject("databaseUrl")), await startAppServer(inject("databaseUrl")));
}, 900_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await db.auditEvent.deleteMany({
    where: {
      OR: [{ actorLabel: actor.label }, { entityType: "Partnership", entityId: { in: created.map(String) } }],
    },
  });
  await db.partnership.deleteMany({ where: { id: { in: created } } });
  await db.organisation.update({ where: { id: umea }, data: { contactTitle } });
});

describe("two app servers on one database", () => {
  const pages = [
    "/kommun/umea",
    "/samarbeten?land=IS",
    "/land/is",
    "/en/land/is",
    "/api/v1/partnerships?land=IS&antal=500",
  ];

  it("both show a new, an edited and a removed partnership on the next request", async () => {
    // Warm both servers' caches with what they show before.
    for (const page of pages) for (const body of await both(page)) expect(body).not.toContain("Tvåservers");

    const result = await createValidatedPartnership(db, content("Tvåserverstest ett"), actor, ALL, {
      source: SOURCE,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    created.push(result.partnership.id);
    for (const page of pages)
      for (const body of await both(page))
        expect([page, body.includes("Tvåserverstest ett")]).toEqual([page, true]);

    const edited = await updatePartnership(
      db,
      { id: result.partnership.id, expectedVersion: result.partnership.version, scope: ALL },
      content("Tvåserverstest två"),
      actor,
    );
    if (!edited.ok) throw new Error(JSON.stringify(edited));
    for (const page of pages)
      for (const body of await both(page)) {
        expect([page, body.includes("Tvåserverstest två")]).toEqual([page, true]);
        expect([page, body.includes("Tvåserverstest ett")]).toEqual([page, false]);
      }

    const removed = await removePartnership(
      db,
      { id: edited.partnership.id, expectedVersion: edited.partnership.version, scope: ALL },
      actor,
    );
    expect(removed.ok).toBe(true);
    for (const page of pages)
      for (const body of await both(page)) expect([page, body.includes("Tvåservers")]).toEqual([page, false]);
  });

  it("both show a member's edited profile on the next request", async () => {
    for (const body of await both("/kommun/umea")) expect(body).not.toContain("Tvåserverssamordnare");
    await updateOrganisationProfile(db, umea, { contactTitle: "Tvåserverssamordnare" }, actor);
    for (const body of await both("/kommun/umea")) expect(body).toContain("Tvåserverssamordnare");
  });
});
