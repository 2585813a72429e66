// Officers edit their organisation's policy documents: create, versioned update, reversible
// removal. Scope and version are in every write's `where`; every change is audited.
import { z } from "zod";
import { parseBigRecordId } from "../validation/record-id";
import { recordAudit, type Actor } from "../audit/record";
import type { DbOrTx } from "../database/transaction";
import type { PolicyDocument } from "../generated/prisma/client";
import { actsFor, policiesInScope, type Scope } from "../auth/scope";
import type { EditFailure } from "../validation/edit-failure";
import { currentYear, FIRST_YEAR } from "../partnerships/input-schema";
import { fieldErrorsFromZod, zodMessage, type FieldLabel } from "../validation/field-errors";

const optional = (field: FieldLabel, max = 200) =>
  z
    .string()
    .trim()
    .max(max, { error: zodMessage("tooLong", { field, max }) })
    .transform((v) => v || null);

const lastYear = () => currentYear() + 20;
const optionalYear = (field: FieldLabel) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{4}$/.test(v) && Number(v) >= FIRST_YEAR && Number(v) <= lastYear()), {
      error: () => zodMessage("yearRange", { field, min: FIRST_YEAR, max: lastYear() }),
    })
    .transform((v) => (v ? Number(v) : null));

const lines = z.string().transform((v) =>
  v
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean),
);

const policyDocumentSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, { error: "policyTitleRequired" })
      .max(200, { error: zodMessage("tooLong", { field: "policyTitle", max: 200 }) }),
    adoptingBody: optional("adoptingBody"),
    decisionDate: z
      .string()
      .trim()
      .refine((v) => v === "" || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v), { error: "decisionDateFormat" })
      .transform((v) => v || null),
    decisionParagraph: optional("decisionParagraph", 50),
    validFromYear: optionalYear("validFromYear"),
    validToYear: optionalYear("validToYear"),
    summary: optional("summary", 5000),
    vision: optional("vision", 5000),
    goals: lines,
    rules: lines,
    sourceUrl: z
      .string()
      .trim()
      .refine((v) => v === "" || /^https?:\/\/\S+\.\S+/.test(v), { error: "sourceUrlInvalid" })
      .transform((v) => v || null),
  })
  .superRefine((value, ctx) => {
    if (value.validFromYear != null && value.validToYear != null && value.validToYear < value.validFromYear) {
      ctx.addIssue({ code: "custom", path: ["validToYear"], message: "validToBeforeFrom" });
    }
  });

export type PolicyInput = z.input<typeof policyDocumentSchema>;

export type PolicyEditResult = { ok: true; policy: PolicyDocument } | EditFailure<PolicyDocument>;

/** The fields an officer edits (and a restored version brings back). */
export const POLICY_FIELDS = [
  "title",
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
] as const;

export async function createPolicy(
  db: DbOrTx,
  organisationId: number,
  scope: Scope,
  input: PolicyInput,
  actor: Actor,
): Promise<PolicyEditResult> {
  if (!actsFor(scope, organisationId)) return { ok: false, kind: "forbidden" };
  const parsed = policyDocumentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: fieldErrorsFromZod(parsed.error) };
  const policy = await db.policyDocument.create({ data: { ...parsed.data, organisationId } });
  await recordAudit(db, actor, {
    entityType: "PolicyDocument",
    entityId: policy.id,
    action: "CREATE",
    after: policy,
  });
  return { ok: true, policy };
}

export type PolicyTarget = { id: number; expectedVersion: number; scope: Scope };

/** The shared guarded write: id, version, scope and removal state in the `where`. */
async function guardedPolicyWrite(
  db: DbOrTx,
  target: PolicyTarget,
  removed: boolean,
  data: Partial<PolicyDocument>,
  action: "UPDATE" | "REMOVE" | "RESTORE",
  actor: Actor,
  restoredFromId?: bigint,
): Promise<PolicyEditResult> {
  const before = await db.policyDocument.findUnique({ where: { id: target.id } });
  if (!before) return { ok: false, kind: "not_found" };
  if (!actsFor(target.scope, before.organisationId)) return { ok: false, kind: "forbidden" };
  const { count } = await db.policyDocument.updateMany({
    where: {
      id: target.id,
      version: target.expectedVersion,
      removedAt: removed ? { not: null } : null,
      ...policiesInScope(target.scope),
    },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) {
    if (before.version === target.expectedVersion) return { ok: false, kind: "not_found" };
    const startedFrom = await db.auditEvent.findFirst({
      where: {
        entityType: "PolicyDocument",
        entityId: String(before.id),
        after: { path: ["version"], equals: target.expectedVersion },
      },
      orderBy: { id: "desc" },
    });
    const from = (startedFrom?.after ?? {}) as Record<string, unknown>;
    const changedFields = POLICY_FIELDS.filter(
      (f) => JSON.stringify(from[f] ?? null) !== JSON.stringify(before[f] ?? null),
    );
    return { ok: false, kind: "conflict", current: before, changedFields };
  }
  const after = await db.policyDocument.findUniqueOrThrow({ where: { id: target.id } });
  await recordAudit(db, actor, {
    entityType: "PolicyDocument",
    entityId: after.id,
    action,
    before,
    after,
    restoredFromId,
  });
  return { ok: true, policy: after };
}

export async function updatePolicy(
  db: DbOrTx,
  target: PolicyTarget,
  input: PolicyInput,
  actor: Actor,
): Promise<PolicyEditResult> {
  const parsed = policyDocumentSchema.safeParse(input);
  if (!parsed.success) {
    const existing = await db.policyDocument.findUnique({
      where: { id: target.id },
      select: { organisationId: true },
    });
    if (!existing) return { ok: false, kind: "not_found" };
    if (!actsFor(target.scope, existing.organisationId)) return { ok: false, kind: "forbidden" };
    return { ok: false, kind: "invalid", fieldErrors: fieldErrorsFromZod(parsed.error) };
  }
  return guardedPolicyWrite(db, target, false, parsed.data, "UPDATE", actor);
}

export const removePolicy = (db: DbOrTx, target: PolicyTarget, actor: Actor) =>
  guardedPolicyWrite(db, target, false, { removedAt: new Date() }, "REMOVE", actor);
export const restorePolicy = (db: DbOrTx, target: PolicyTarget, actor: Actor) =>
  guardedPolicyWrite(db, target, true, { removedAt: null }, "RESTORE", actor);

/**
 * Re-applies the fields of one of this document's audit events as a new version (a versioned,
 * scoped write like any other edit; the version it replaces stays in the history).
 */
export async function restorePolicyVersion(
  db: DbOrTx,
  target: PolicyTarget,
  auditEventId: string,
  actor: Actor,
): Promise<PolicyEditResult> {
  const eventId = parseBigRecordId(auditEventId);
  if (eventId === null) return { ok: false, kind: "not_found" };
  const event = await db.auditEvent.findUnique({ where: { id: eventId } });
  if (!event || event.entityType !== "PolicyDocument" || event.entityId !== String(target.id) || !event.after)
    return { ok: false, kind: "not_found" };
  const snapshot = event.after as Record<string, unknown>;
  const data = Object.fromEntries(
    POLICY_FIELDS.map((field) => [
      field,
      snapshot[field] ?? (field === "goals" || field === "rules" ? [] : null),
    ]),
  );
  return guardedPolicyWrite(db, target, false, data as Partial<PolicyDocument>, "RESTORE", actor, event.id);
}
