// Tenancy, in one place: which members a signed-in user acts for, and the `where` fragment
// that every read of private data and every write of an owned table carries. An officer acts
// for the members they are assigned to; SKR's administrators act for all of them. The
// signed-in layer derives the scope from the session (`scopeOf`); the domain enforces it, both
// before a write (`actsFor`, for a clear "forbidden") and inside the write's own `where`, so a
// request that slips past the first check still changes nothing.
import type { Prisma, Role } from "../generated/prisma/client";
import { publicParticipation } from "../partnerships/participation";

/** The members a caller acts for: a list, or "all" for administrators. */
export type Scope = { organisationIds: number[] } | "all";

export const scopeOf = (user: { role: Role; organisationIds: number[] }): Scope =>
  user.role === "ADMINISTRATOR" ? "all" : { organisationIds: user.organisationIds };

/** Whether the caller acts for this member. An empty list acts for no one. */
export const actsFor = (scope: Scope, organisationId: number) =>
  scope === "all" || scope.organisationIds.includes(organisationId);

/** Whether the caller acts for at least one of these members (a partnership's participants). */
export const actsForAny = (scope: Scope, organisationIds: readonly number[]) =>
  scope === "all" || organisationIds.some((id) => actsFor(scope, id));

/** The members in scope. */
export const organisationsInScope = (scope: Scope): Prisma.OrganisationWhereInput =>
  scope === "all" ? {} : { id: { in: scope.organisationIds } };

/**
 * The partnerships in scope: those with a confirmed participation of a member in scope. A member
 * that was merely asked to join (lib/partnerships/consent.ts) cannot edit the partnership until
 * it has confirmed.
 */
export const partnershipsInScope = (scope: Scope): Prisma.PartnershipWhereInput =>
  scope === "all"
    ? {}
    : { participants: { some: { organisationId: { in: scope.organisationIds }, ...publicParticipation } } };

/** The policy documents in scope. */
export const policiesInScope = (scope: Scope): Prisma.PolicyDocumentWhereInput =>
  scope === "all" ? {} : { organisationId: { in: scope.organisationIds } };

/** The partner-search requests in scope: those a member in scope published. */
export const partnerRequestsInScope = (scope: Scope): Prisma.PartnerRequestWhereInput =>
  scope === "all" ? {} : { organisationId: { in: scope.organisationIds } };
