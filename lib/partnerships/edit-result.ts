// What every partnership write answers, and the tenant guard every write's `where` carries.
import type { Prisma } from "../generated/prisma/client";
import type { FieldErrors } from "../validation/field-errors";
import { publicParticipation } from "./participation";
import type { EditableField } from "./snapshot";
import type { PartnershipWithDetail } from "./types";

/**
 * Whose partnerships a caller may change: the organisations an officer is assigned to, or
 * "all" for SKR's administrators. The signed-in layer decides; this layer enforces it.
 */
export type Scope = { organisationIds: number[] } | "all";

export type EditResult =
  | { ok: true; partnership: PartnershipWithDetail }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors }
  /** Someone else saved first: `current` is the row now, `changedFields` what changed since `expectedVersion`. */
  | { ok: false; kind: "conflict"; current: PartnershipWithDetail; changedFields: EditableField[] }
  | { ok: false; kind: "forbidden" }
  | { ok: false; kind: "not_found" };

export type EditFailure = Exclude<EditResult, { ok: true }>;

/**
 * The tenant condition, for the `where` of every write (not only the read before it).
 * An empty list matches nothing, so an officer without assignments can change nothing. Only a
 * confirmed participation counts: a member that was merely asked to join answers the request
 * (lib/partnerships/consent.ts) and cannot edit the partnership until it has confirmed.
 */
export function scopeWhere(scope: Scope): Prisma.PartnershipWhereInput {
  if (scope === "all") return {};
  return {
    participants: { some: { organisationId: { in: scope.organisationIds }, ...publicParticipation } },
  };
}

/** Whether any of the organisations is in scope. */
export function inScope(scope: Scope, organisationIds: readonly number[]) {
  return scope === "all" || organisationIds.some((id) => scope.organisationIds.includes(id));
}

export const invalid = (fieldErrors: FieldErrors): EditFailure => ({
  ok: false,
  kind: "invalid",
  fieldErrors,
});
export const FORBIDDEN: EditFailure = { ok: false, kind: "forbidden" };
export const NOT_FOUND: EditFailure = { ok: false, kind: "not_found" };
