// What the signed-in pages read. Every query of private or editable data carries the user's
// scope in its `where`: an officer asking for another organisation's page gets nothing.
import { auditHistory } from "../audit/history";
import type { SessionUser } from "../auth/session-user";
import type { DbOrTx } from "../database/transaction";
import type { Locale } from "../i18n/config";
import { localisedName } from "../i18n/localised";
import { organisationsInScope, policiesInScope, scopeOf } from "../auth/scope";

export function managedOrganisations(db: DbOrTx, user: SessionUser) {
  return db.organisation.findMany({
    where: organisationsInScope(scopeOf(user)),
    select: { id: true, name: true, slug: true, kind: true, code: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
}

/** One organisation by slug, only if the user may edit it. */
export function findManagedOrganisation(db: DbOrTx, user: SessionUser, slug: string) {
  return db.organisation.findFirst({ where: { AND: [{ slug }, organisationsInScope(scopeOf(user))] } });
}

/** A member's policy documents for its officers, removed ones last, newest decision first. */
export function managedPolicies(db: DbOrTx, user: SessionUser, organisationId: number) {
  return db.policyDocument.findMany({
    where: { AND: [{ organisationId }, policiesInScope(scopeOf(user))] },
    orderBy: [
      { removedAt: { sort: "desc", nulls: "first" } },
      { decisionDate: { sort: "desc", nulls: "last" } },
      { id: "asc" },
    ],
  });
}

/** One policy document of this member, within the user's scope (the URL's two ids must belong together). */
export function findManagedPolicy(db: DbOrTx, user: SessionUser, organisationId: number, id: number) {
  return db.policyDocument.findFirst({
    where: { AND: [{ id, organisationId }, policiesInScope(scopeOf(user))] },
  });
}

/**
 * The accounts, for the administrator's user page: an account whose invitation has not been
 * accepted yet has no password, which is all the page learns of the password hash.
 */
export async function userAccounts(db: DbOrTx) {
  const users = await db.user.findMany({
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      passwordHash: true,
      assignments: { select: { organisationId: true } },
    },
    orderBy: { email: "asc" },
  });
  return users.map(({ passwordHash, ...user }) => ({ ...user, invitationPending: passwordHash === null }));
}

/** Every member as a choice (id and name), in name order. */
export async function memberChoices(db: DbOrTx) {
  const members = await db.organisation.findMany({
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return members.map((o) => ({ value: String(o.id), label: o.name }));
}

/** An organisation's own history (profile changes), newest first: the latest 50. */
export const organisationHistory = (db: DbOrTx, organisationId: number) =>
  auditHistory(db, "Organisation", organisationId, 50);

/** A policy document's history, newest first: the latest 50. */
export const policyHistory = (db: DbOrTx, policyId: number) =>
  auditHistory(db, "PolicyDocument", policyId, 50);

/** The choices of the partnership form, labelled in the page's language. */
export async function partnershipFormChoices(db: DbOrTx, locale: Locale) {
  const areas = await db.cooperationArea.findMany({ orderBy: { position: "asc" } });
  const funding = await db.fundingForm.findMany({ orderBy: { position: "asc" } });
  const organisations = await memberChoices(db);
  const countries = await db.country.findMany({ select: { code: true, nameSv: true, nameEn: true } });
  const networks = await db.network.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  return {
    areas: areas.map((a) => ({ value: a.code, label: localisedName(a, locale) })),
    funding: funding.map((f) => ({ value: f.code, label: localisedName(f, locale) })),
    organisations,
    countries: countries
      .map((c) => ({ value: c.code, label: localisedName(c, locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    networks: networks.map((n) => ({ value: String(n.id), label: n.name })),
  };
}
