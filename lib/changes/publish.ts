// The public change list is written by comparing what the public sees now with what the list
// last published, entity by entity, and appending a change wherever the two differ. So the list
// holds exactly the public history: a row that is not public (an unreviewed import, a request
// another member has not confirmed, a removed row) appears only when it becomes public, and
// leaves ("removed") when it stops being so, whatever path the write took.
//
// It runs inside each write's transaction (lib/partnerships/guard.ts, create.ts,
// lib/organisations/update-profile.ts), so every edit is one change at its commit, and before
// every read of the list, which catches any write that bypassed those (the seed, SQL by hand).
// One transaction-scoped advisory lock serialises publishers: change ids are handed out in
// commit order, so a client that continues after id N can never miss a change that commits later
// with a smaller id.
import { createHash } from "node:crypto";
import { organisationProfile } from "../api/registry";
import { toPartnershipSummary } from "../api/municipalities";
import type { Database } from "../database/client";
import type { DbOrTx } from "../database/transaction";
import { Prisma } from "../generated/prisma/client";
import { visiblePartnership } from "../partnerships/participation";
import { publicPartnershipDetail } from "../partnerships/queries";
import { publicPartnershipSql } from "../partnerships/participation";
import { changeKind } from "./kind";

const PUBLISH_LOCK = 7501;
/** Partnerships compared per statement: an import's commit can make thousands public at once. */
const BATCH = 500;

type PartnershipForm = ReturnType<typeof toPartnershipSummary>;
type OrganisationForm = ReturnType<typeof organisationProfile>;

const digest = (form: unknown) =>
  form === null ? null : createHash("sha256").update(JSON.stringify(form)).digest("base64url");
const asJson = (form: unknown) => (form === null ? undefined : (form as Prisma.InputJsonValue));
const codesOf = (form: PartnershipForm | null) => form?.participants.map((p) => p.code) ?? [];

/** Which entities a write touched: only these are compared inside its transaction. */
export type WriteScope = { partnershipIds?: readonly number[]; organisationIds?: readonly number[] };

/**
 * Publishes the public changes of the entities a write touched, in the write's own transaction
 * (so the change commits with the write, or not at all).
 */
export async function publishWrite(tx: DbOrTx, scope: WriteScope) {
  await lock(tx);
  let appended = 0;
  if (scope.organisationIds?.length) appended += await publishOrganisations(tx, scope.organisationIds);
  const ids = [...new Set(scope.partnershipIds ?? [])];
  for (let i = 0; i < ids.length; i += BATCH)
    appended += (await publishPartnershipBatch(tx, ids.slice(i, i + BATCH))).changes;
  return appended;
}

/**
 * Compares everything and publishes what is not yet in the list, a batch per transaction (the
 * first sweep of a large registry publishes every row once). The number of changes appended.
 */
export async function publishAll(db: Database): Promise<number> {
  let appended = 0;
  for (let first = true; ; first = false) {
    const batch = await db.$transaction(
      async (tx) => {
        await lock(tx);
        const members = first ? await publishOrganisations(tx) : 0;
        const partnerships = await publishPartnershipBatch(tx);
        return { changes: members + partnerships.changes, compared: partnerships.compared };
      },
      { timeout: 60_000 },
    );
    appended += batch.changes;
    if (batch.compared < BATCH) return appended;
  }
}

const lock = (tx: DbOrTx) => tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(${PUBLISH_LOCK}::int, 0)`;

/** Members whose version moved since the last comparison (or never compared). */
async function publishOrganisations(tx: DbOrTx, only?: readonly number[]) {
  const dirty = await tx.$queryRaw<{ id: number }[]>`
    SELECT o."id" FROM "Organisation" o
      LEFT JOIN "PublishedOrganisation" r ON r."organisationId" = o."id"
     WHERE r."version" IS DISTINCT FROM o."version"
       AND (${only === undefined} OR o."id" = ANY(${only ?? []}::int[]))
     ORDER BY o."id"`;
  if (dirty.length === 0) return 0;
  const ids = dirty.map((d) => d.id);
  const [rows, records] = await Promise.all([
    tx.organisation.findMany({
      where: { id: { in: ids } },
      include: { county: true },
      orderBy: { id: "asc" },
    }),
    tx.publishedOrganisation.findMany({ where: { organisationId: { in: ids } } }),
  ]);
  const recorded = new Map(records.map((r) => [r.organisationId, r]));
  let changes = 0;
  for (const o of rows) {
    const form: OrganisationForm = organisationProfile(o);
    const record = recorded.get(o.id);
    const hash = digest(form);
    if (record?.digest !== hash) {
      await tx.publicChange.create({
        data: {
          entityType: "organisation",
          entityId: o.code,
          kind: record ? "edited" : "created",
          payload: asJson(form),
          memberCodes: [o.code],
        },
      });
      changes += 1;
    }
    await tx.publishedOrganisation.upsert({
      where: { organisationId: o.id },
      create: { organisationId: o.id, version: o.version, digest: hash, payload: asJson(form) },
      update: { version: o.version, digest: hash, payload: asJson(form) },
    });
  }
  return changes;
}

/**
 * Partnerships to compare: a version that moved since the last comparison, a public one never
 * compared, or a published one whose row is gone (deleted outright).
 */
async function publishPartnershipBatch(tx: DbOrTx, only?: readonly number[]) {
  const dirty = await tx.$queryRawUnsafe<{ id: number; version: number | null }[]>(
    `SELECT id, version FROM (
       SELECT p."id" AS id, p."version" AS version FROM "Partnership" p
         LEFT JOIN "PublishedPartnership" r ON r."partnershipId" = p."id"
        WHERE (r."partnershipId" IS NULL AND ${publicPartnershipSql("p")})
           OR r."version" <> p."version"
       UNION ALL
       SELECT r."partnershipId", NULL FROM "PublishedPartnership" r
        WHERE r."payload" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "Partnership" p WHERE p."id" = r."partnershipId")
     ) d WHERE $1::int[] IS NULL OR id = ANY($1::int[]) ORDER BY id LIMIT ${BATCH}`,
    only ? [...only] : null,
  );
  if (dirty.length === 0) return { compared: 0, changes: 0 };
  const ids = dirty.map((d) => d.id);
  const [visible, records] = await Promise.all([
    tx.partnership.findMany({
      where: { id: { in: ids }, ...visiblePartnership },
      include: publicPartnershipDetail,
    }),
    tx.publishedPartnership.findMany({ where: { partnershipId: { in: ids } } }),
  ]);
  const forms = new Map(visible.map((p) => [p.id, toPartnershipSummary(p)]));
  const recorded = new Map(records.map((r) => [r.partnershipId, r]));
  let changes = 0;
  for (const { id, version } of dirty) {
    const form = forms.get(id) ?? null;
    const record = recorded.get(id);
    const before = (record?.payload ?? null) as PartnershipForm | null;
    const hash = digest(form);
    const kind = record?.digest === hash ? null : changeKind(before, form, Boolean(record));
    if (kind) {
      await tx.publicChange.create({
        data: {
          entityType: "partnership",
          entityId: String(id),
          kind,
          payload: asJson(form),
          previous: kind === "removed" ? asJson(before) : undefined,
          memberCodes: [...new Set([...codesOf(before), ...codesOf(form)])],
        },
      });
      changes += 1;
    }
    // A deleted row keeps a record (version -1) so that it is not announced again.
    const data = { version: version ?? -1, digest: hash, payload: asJson(form) ?? Prisma.DbNull };
    await tx.publishedPartnership.upsert({
      where: { partnershipId: id },
      create: { partnershipId: id, ...data },
      update: data,
    });
  }
  return { compared: dirty.length, changes };
}
