// Officers edit their organisation's policy documents: create, versioned update, reversible
// removal. Scope and version are in every write's `where`; every change is audited.
import { z } from "zod";
import { recordAudit, type Actor } from "../audit/record";
import type { DbOrTx } from "../database/transaction";
import type { PolicyDocument } from "../generated/prisma/client";
import type { Scope } from "../partnerships/edit-result";
import { fieldErrorsFromZod, type FieldErrors } from "../partnerships/input-schema";
import { currentYear, FIRST_YEAR } from "../partnerships/input-schema";

const optional = (field: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, { error: `${field} får vara högst ${max} tecken. Korta texten.` })
    .transform((v) => v || null);

const yearMessage = (field: string) => `${field} måste vara ett årtal mellan ${FIRST_YEAR} och ${currentYear() + 20}, eller tomt.`;
const optionalYear = (field: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{4}$/.test(v) && Number(v) >= FIRST_YEAR && Number(v) <= currentYear() + 20), { error: yearMessage(field) })
    .transform((v) => (v ? Number(v) : null));

const lines = z.string().transform((v) =>
  v
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean),
);

export const policyDocumentSchema = z
  .object({
    title: z.string().trim().min(1, { error: "Ange dokumentets titel." }).max(200, { error: "Titeln får vara högst 200 tecken. Korta texten." }),
    adoptingBody: optional("Beslutande organ"),
    decisionDate: z
      .string()
      .trim()
      .refine((v) => v === "" || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v), { error: "Ange beslutsdatumet som 2019-11-25 (eller 2019-11 eller 2019), eller lämna fältet tomt." })
      .transform((v) => v || null),
    decisionParagraph: optional("Paragrafen", 50),
    validFromYear: optionalYear("Giltig från"),
    validToYear: optionalYear("Giltig till"),
    summary: optional("Sammanfattningen", 5000),
    vision: optional("Visionen", 5000),
    goals: lines,
    rules: lines,
    sourceUrl: z
      .string()
      .trim()
      .refine((v) => v === "" || /^https?:\/\/\S+\.\S+/.test(v), { error: "Länken ska vara en webbadress som börjar med https://." })
      .transform((v) => v || null),
  })
  .superRefine((value, ctx) => {
    if (value.validFromYear != null && value.validToYear != null && value.validToYear < value.validFromYear) {
      ctx.addIssue({ code: "custom", path: ["validToYear"], message: "Giltig till kan inte vara före Giltig från. Ändra något av årtalen." });
    }
  });

export type PolicyInput = z.input<typeof policyDocumentSchema>;

export type PolicyEditResult =
  | { ok: true; policy: PolicyDocument }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; kind: "conflict"; current: PolicyDocument; changedFields: string[] }
  | { ok: false; kind: "forbidden" }
  | { ok: false; kind: "not_found" };

const inScope = (scope: Scope, organisationId: number) => scope === "all" || scope.organisationIds.includes(organisationId);
const scopeWhere = (scope: Scope) => (scope === "all" ? {} : { organisationId: { in: scope.organisationIds } });
const EDITABLE = ["title", "adoptingBody", "decisionDate", "decisionParagraph", "validFromYear", "validToYear", "summary", "vision", "goals", "rules", "sourceUrl"] as const;

export async function createPolicy(db: DbOrTx, organisationId: number, scope: Scope, input: PolicyInput, actor: Actor): Promise<PolicyEditResult> {
  if (!inScope(scope, organisationId)) return { ok: false, kind: "forbidden" };
  const parsed = policyDocumentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, kind: "invalid", fieldErrors: fieldErrorsFromZod(parsed.error) };
  const policy = await db.policyDocument.create({ data: { ...parsed.data, organisationId } });
  await recordAudit(db, actor, { entityType: "PolicyDocument", entityId: policy.id, action: "CREATE", after: policy });
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
): Promise<PolicyEditResult> {
  const before = await db.policyDocument.findUnique({ where: { id: target.id } });
  if (!before) return { ok: false, kind: "not_found" };
  if (!inScope(target.scope, before.organisationId)) return { ok: false, kind: "forbidden" };
  const { count } = await db.policyDocument.updateMany({
    where: { id: target.id, version: target.expectedVersion, removedAt: removed ? { not: null } : null, ...scopeWhere(target.scope) },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) {
    if (before.version === target.expectedVersion) return { ok: false, kind: "not_found" };
    const startedFrom = await db.auditEvent.findFirst({
      where: { entityType: "PolicyDocument", entityId: String(before.id), after: { path: ["version"], equals: target.expectedVersion } },
      orderBy: { id: "desc" },
    });
    const from = (startedFrom?.after ?? {}) as Record<string, unknown>;
    const changedFields = EDITABLE.filter((f) => JSON.stringify(from[f] ?? null) !== JSON.stringify(before[f] ?? null));
    return { ok: false, kind: "conflict", current: before, changedFields };
  }
  const after = await db.policyDocument.findUniqueOrThrow({ where: { id: target.id } });
  await recordAudit(db, actor, { entityType: "PolicyDocument", entityId: after.id, action, before, after });
  return { ok: true, policy: after };
}

export async function updatePolicy(db: DbOrTx, target: PolicyTarget, input: PolicyInput, actor: Actor): Promise<PolicyEditResult> {
  const parsed = policyDocumentSchema.safeParse(input);
  if (!parsed.success) {
    const existing = await db.policyDocument.findUnique({ where: { id: target.id }, select: { organisationId: true } });
    if (!existing) return { ok: false, kind: "not_found" };
    if (!inScope(target.scope, existing.organisationId)) return { ok: false, kind: "forbidden" };
    return { ok: false, kind: "invalid", fieldErrors: fieldErrorsFromZod(parsed.error) };
  }
  return guardedPolicyWrite(db, target, false, parsed.data, "UPDATE", actor);
}

export const removePolicy = (db: DbOrTx, target: PolicyTarget, actor: Actor) => guardedPolicyWrite(db, target, false, { removedAt: new Date() }, "REMOVE", actor);
export const restorePolicy = (db: DbOrTx, target: PolicyTarget, actor: Actor) => guardedPolicyWrite(db, target, true, { removedAt: null }, "RESTORE", actor);
