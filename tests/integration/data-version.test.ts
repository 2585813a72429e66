// The registry's data version (lib/cache/data-version-cache.ts, migration
// 20261205014500_data_version): one counter row moved by statement triggers in the same
// transaction as every write to a table public output reads. Every kind of public write must
// move it, through the domain functions the forms use; a rolled-back write must not; reads must
// not; and every table either has the trigger or is on the short list of private tables.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registryDataVersion } from "../../lib/cache/data-version-cache";
import { commitImport, importActor } from "../../lib/import/commit";
import { previewImport } from "../../lib/import/preview";
import { updateOrganisationProfile } from "../../lib/organisations/update-profile";
import { answerParticipation } from "../../lib/partnerships/consent";
import type { Scope } from "../../lib/auth/scope";
import {
  confirmPartnership,
  endPartnership,
  removePartnership,
  reopenPartnership,
  restorePartnership,
} from "../../lib/partnerships/lifecycle";
import { createValidatedPartnership, updatePartnership } from "../../lib/partnerships/update";
import { createPolicy } from "../../lib/policies/edit";
import { testDatabase } from "../support/database";

const db = testDatabase();
const SOURCE = "test:data-version";
const actor = { label: "test:data-version" };
const ALL: Scope = "all";

/** Tables no public page, API answer or download reads: writing them need not move the version. */
const PRIVATE_TABLES = [
  "_prisma_migrations",
  "DataVersion",
  "User",
  "OfficerAssignment",
  "LoginAttempt",
  "Invitation",
  "InventoryReminder",
  // The change list's own bookkeeping: written in the same transaction as the public write that
  // moved the version, or caught up on a read after the version moved (lib/changes).
  "PublishedPartnership",
  "PublishedOrganisation",
  "PublicChange",
  // The statistics' counters: written only by triggers of the statement that moved the version.
  "PartnershipStatistics",
  "StatisticsCount",
];

let umea = 0;
let solleftea = 0;
const partnershipIds: number[] = [];
const policyIds: number[] = [];

const content = (title: string, participantIds: number[]) => ({
  kind: "OTHER",
  otherType: "PROJECT",
  title,
  startYear: 2020,
  participantIds,
  partners: [{ type: "ORGANISATION", name: "Versionstestorganisation", countryCode: "IS" }],
  areaCodes: [],
  fundingCodes: [],
});

/** Runs `write` and tells whether the data version moved. */
async function moves(write: () => Promise<unknown>): Promise<boolean> {
  const before = await registryDataVersion(db);
  await write();
  return (await registryDataVersion(db)) !== before;
}

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

beforeAll(async () => {
  umea = (await db.organisation.findUniqueOrThrow({ where: { code: "2480" } })).id;
  solleftea = (await db.organisation.findUniqueOrThrow({ where: { code: "2283" } })).id;
});

afterAll(async () => {
  const imported = await db.partnership.findMany({
    where: { source: { contains: "fil med SHA-256" }, title: { startsWith: "Versionstest" } },
    select: { id: true },
  });
  const ids = [...partnershipIds, ...imported.map((p) => p.id)];
  await db.auditEvent.deleteMany({
    where: {
      OR: [
        { actorLabel: { in: [actor.label, "import:versionstest.csv"] } },
        { entityType: "Partnership", entityId: { in: ids.map(String) } },
      ],
    },
  });
  await db.policyDocument.deleteMany({ where: { id: { in: policyIds } } });
  await db.partnership.deleteMany({ where: { id: { in: ids } } });
});

describe("the data version", () => {
  it("is one row read, and stays put while nothing is written", async () => {
    const first = await registryDataVersion(db);
    expect(first).toMatch(/^[0-9a-f]{32}:\d+$/);
    await db.partnership.count();
    await db.organisation.findMany({ take: 5 });
    expect(await registryDataVersion(db)).toBe(first);
  });

  it("moves with every kind of partnership write", async () => {
    let p = { id: 0, version: 0 };
    expect(
      await moves(async () => {
        p = ok(
          await createValidatedPartnership(db, content("Versionstest", [umea]), actor, ALL, {
            source: SOURCE,
          }),
        ).partnership;
        partnershipIds.push(p.id);
      }),
    ).toBe(true);
    const target = () => ({ id: p.id, expectedVersion: p.version, scope: ALL });
    const steps: [string, () => Promise<{ ok: boolean }>][] = [
      ["edit", () => updatePartnership(db, target(), content("Versionstest ändrad", [umea]), actor)],
      ["end", () => endPartnership(db, target(), { endedOn: "2024-05-01" }, actor)],
      ["reopen", () => reopenPartnership(db, target(), actor)],
      ["confirm", () => confirmPartnership(db, target(), actor)],
      ["remove", () => removePartnership(db, target(), actor)],
      ["restore", () => restorePartnership(db, target(), actor)],
    ];
    for (const [name, step] of steps) {
      let moved = false;
      moved = await moves(async () => {
        const result = ok(await step()) as unknown as { partnership: { id: number; version: number } };
        p = result.partnership;
      });
      expect([name, moved]).toEqual([name, true]);
    }
  });

  it("moves when a member consents to a partnership another member added it to", async () => {
    const umeaOfficer: Scope = { organisationIds: [umea] };
    const created = ok(
      await createValidatedPartnership(
        db,
        content("Versionstest samtycke", [umea, solleftea]),
        actor,
        umeaOfficer,
        {
          source: SOURCE,
        },
      ),
    ).partnership;
    partnershipIds.push(created.id);
    const pending = await db.partnershipParticipant.findFirstOrThrow({
      where: { partnershipId: created.id, organisationId: solleftea },
    });
    expect(pending.confirmedAt).toBeNull();
    expect(
      await moves(async () =>
        ok(
          await answerParticipation(
            db,
            { partnershipId: created.id, organisationId: solleftea, scope: { organisationIds: [solleftea] } },
            "confirm",
            actor,
          ),
        ),
      ),
    ).toBe(true);
  });

  it("moves with a member's profile and policy documents", async () => {
    expect(
      await moves(() =>
        updateOrganisationProfile(
          db,
          umea,
          { contactTitle: "Versionstest", lastReviewedOn: new Date() },
          actor,
        ),
      ),
    ).toBe(true);
    expect(
      await moves(async () => {
        const result = await createPolicy(
          db,
          umea,
          ALL,
          {
            title: "Versionstest policy",
            ...Object.fromEntries(
              [
                "adoptingBody",
                "decisionDate",
                "decisionParagraph",
                "validFromYear",
                "validToYear",
                "summary",
                "vision",
                "goals",
                "rules",
                "sourceUrl",
              ].map((k) => [k, ""]),
            ),
          } as Parameters<typeof createPolicy>[3],
          actor,
        );
        if (result.ok) policyIds.push(result.policy.id);
      }),
    ).toBe(true);
  });

  it("moves with an import commit", async () => {
    const file = {
      name: "versionstest.csv",
      bytes: new TextEncoder().encode(
        "Kommun;Vänort;Land;Typ\nUmeå kommun;Versionstest Reykjavik;Island;Vänort\n",
      ),
    };
    const preview = await previewImport(db, file, "all");
    expect(
      await moves(() => commitImport(db, preview, { actor: importActor(file.name), scope: "all" })),
    ).toBe(true);
  });

  it("moves with raw SQL and COPY-style bulk loads too, and not with a rolled-back write", async () => {
    expect(
      await moves(() => db.$executeRaw`UPDATE "Country" SET "nameSv" = "nameSv" WHERE "code" = 'IS'`),
    ).toBe(true);
    const before = await registryDataVersion(db);
    await expect(
      db.$transaction(async (tx) => {
        await tx.organisation.update({ where: { id: umea }, data: { version: { increment: 1 } } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await registryDataVersion(db)).toBe(before);
  });

  it("is moved by every table but the private ones (a new public table needs the trigger)", async () => {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT c.relname::text AS name
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
         AND NOT EXISTS (
           SELECT 1 FROM pg_trigger t JOIN pg_proc f ON f.oid = t.tgfoid
            WHERE t.tgrelid = c.oid AND f.proname = 'bump_data_version')
       ORDER BY 1`;
    expect(rows.map((r) => r.name).sort()).toEqual([...PRIVATE_TABLES].sort());
  });
});
