import { recordAudit, type Actor } from "../audit/record";
import { publishAfterWrite } from "../changes/after-write";
import type { DbOrTx } from "../database/transaction";
import { z } from "zod";
import { parseBigRecordId } from "../validation/record-id";
import { CoordinationForm, type Organisation, type Prisma } from "../generated/prisma/client";
import { actsFor, organisationsInScope, type Scope } from "../auth/scope";
import type { EditFailure } from "../validation/edit-failure";
import { zodMessage, type FieldLabel } from "../validation/field-errors";

export type OrganisationProfile = Pick<
  Prisma.OrganisationUncheckedUpdateInput,
  | "website"
  | "internationalPageUrl"
  | "contactName"
  | "contactTitle"
  | "contactEmail"
  | "contactPhone"
  | "postalAddress"
  | "coordinationForms"
  | "euOfficeId"
  | "lastReviewedOn"
>;

/** Updates a member's public profile, bumps its version and audits the change. */
export async function updateOrganisationProfile(
  db: DbOrTx,
  organisationId: number,
  profile: OrganisationProfile,
  actor: Actor,
) {
  const before = await db.organisation.findUniqueOrThrow({ where: { id: organisationId } });
  const after = await db.organisation.update({
    where: { id: organisationId },
    data: { ...profile, version: { increment: 1 } },
  });
  await recordAudit(db, actor, {
    entityType: "Organisation",
    entityId: organisationId,
    action: "UPDATE",
    before,
    after,
  });
  await publishAfterWrite(db, { organisationIds: [organisationId] });
  return after;
}

/** What an officer may change on the profile: contacts and coordination (the rest is reference data). */
const optionalUrl = (field: FieldLabel) =>
  z
    .string()
    .trim()
    .max(500, { error: zodMessage("tooLong", { field, max: 500 }) })
    .refine((v) => v === "" || /^https?:\/\/\S+\.\S+/.test(v), { error: zodMessage("urlInvalid", { field }) })
    .transform((v) => v || null);
const optionalText = (field: FieldLabel, max = 200) =>
  z
    .string()
    .trim()
    .max(max, { error: zodMessage("tooLong", { field, max }) })
    .transform((v) => v || null);

export const organisationContactsSchema = z.object({
  website: optionalUrl("website"),
  internationalPageUrl: optionalUrl("internationalPageUrl"),
  contactName: optionalText("contactName"),
  contactTitle: optionalText("contactTitle"),
  contactEmail: z
    .string()
    .trim()
    .refine((v) => v === "" || z.email().safeParse(v).success, { error: "contactEmailInvalid" })
    .transform((v) => v || null),
  contactPhone: optionalText("contactPhone", 50),
  postalAddress: optionalText("postalAddress", 500),
  // Each form at most once: a repeated choice (a hostile form's thousands) is stored once.
  coordinationForms: z
    .array(z.enum(CoordinationForm, { error: "coordinationFormsInvalid" }))
    .transform((forms) => [...new Set(forms)]),
});

export type OrganisationTarget = { organisationId: number; expectedVersion: number; scope: Scope };

export type OrganisationEditResult = { ok: true; organisation: Organisation } | EditFailure<Organisation>;

/** The profile fields an officer edits (and the history compares). */
export const PROFILE_FIELDS = [
  "website",
  "internationalPageUrl",
  "contactName",
  "contactTitle",
  "contactEmail",
  "contactPhone",
  "postalAddress",
  "coordinationForms",
  "lastReviewedOn",
] as const;

/**
 * A versioned, scoped write of an organisation's profile: the organisation id, its version and
 * the scope are all in the update's `where`, so a stale or out-of-scope write changes nothing.
 */
export async function editOrganisationProfile(
  db: DbOrTx,
  target: OrganisationTarget,
  data: Partial<Pick<Organisation, (typeof PROFILE_FIELDS)[number]>>,
  actor: Actor,
  restoredFromId?: bigint,
): Promise<OrganisationEditResult> {
  if (!actsFor(target.scope, target.organisationId)) return { ok: false, kind: "forbidden" };
  const before = await db.organisation.findUnique({ where: { id: target.organisationId } });
  if (!before) return { ok: false, kind: "not_found" };
  const { count } = await db.organisation.updateMany({
    where: {
      AND: [
        { id: target.organisationId, version: target.expectedVersion },
        organisationsInScope(target.scope),
      ],
    },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) {
    const current = await db.organisation.findUniqueOrThrow({ where: { id: target.organisationId } });
    const startedFrom = await db.auditEvent.findFirst({
      where: {
        entityType: "Organisation",
        entityId: String(current.id),
        after: { path: ["version"], equals: target.expectedVersion },
      },
      orderBy: { id: "desc" },
    });
    const from = (startedFrom?.after ?? {}) as Record<string, unknown>;
    const changedFields = PROFILE_FIELDS.filter(
      (f) => JSON.stringify(from[f] ?? null) !== JSON.stringify(current[f] ?? null),
    );
    return { ok: false, kind: "conflict", current, changedFields };
  }
  const after = await db.organisation.findUniqueOrThrow({ where: { id: target.organisationId } });
  await recordAudit(db, actor, {
    entityType: "Organisation",
    entityId: after.id,
    action: restoredFromId === undefined ? "UPDATE" : "RESTORE",
    before,
    after,
    restoredFromId,
  });
  await publishAfterWrite(db, { organisationIds: [after.id] });
  return { ok: true, organisation: after };
}

/**
 * Re-applies the profile fields of one of this organisation's audit events as a new version
 * (a versioned, scoped write like any other edit).
 */
export async function restoreOrganisationVersion(
  db: DbOrTx,
  target: OrganisationTarget,
  auditEventId: string,
  actor: Actor,
): Promise<OrganisationEditResult> {
  const eventId = parseBigRecordId(auditEventId);
  if (eventId === null) return { ok: false, kind: "not_found" };
  const event = await db.auditEvent.findUnique({ where: { id: eventId } });
  if (
    !event ||
    event.entityType !== "Organisation" ||
    event.entityId !== String(target.organisationId) ||
    !event.after
  )
    return { ok: false, kind: "not_found" };
  const after = event.after as Record<string, unknown>;
  const text = (field: string) => (typeof after[field] === "string" ? (after[field] as string) : null);
  const reviewed = text("lastReviewedOn");
  return editOrganisationProfile(
    db,
    target,
    {
      website: text("website"),
      internationalPageUrl: text("internationalPageUrl"),
      contactName: text("contactName"),
      contactTitle: text("contactTitle"),
      contactEmail: text("contactEmail"),
      contactPhone: text("contactPhone"),
      postalAddress: text("postalAddress"),
      coordinationForms: Array.isArray(after.coordinationForms)
        ? (after.coordinationForms as CoordinationForm[])
        : [],
      lastReviewedOn: reviewed ? new Date(reviewed) : null,
    },
    actor,
    event.id,
  );
}
