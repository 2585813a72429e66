// Every write to the partner-search board. Each checks who may do it on the server, carries the
// user's tenancy in its `where` (an officer changes only their own members' requests), bumps
// the version (a stale save is refused) and writes an AuditEvent in the same transaction.
import { createHash, randomBytes } from "node:crypto";
import { recordAudit, type Actor } from "../audit/record";
import { actsFor, partnerRequestsInScope, scopeOf } from "../auth/scope";
import { actorOf, type SessionUser } from "../auth/session-user";
import type { DbOrTx } from "../database/transaction";
import { mayLinkPartnership } from "../partnerships/queries";
import { inTransaction } from "../database/transaction";
import type { Prisma, WorldRegion } from "../generated/prisma/client";
import { fieldMessage, type FieldErrors } from "../validation/field-errors";
import { DEFAULT_MONTHS, dayOf, monthsFrom } from "./codes";
import { withinSubmissionLimits } from "./rate-limit";
import {
  approvePendingPlace,
  findOrAddPendingPlace,
  placesNamed,
  releasePendingPlace,
} from "../places/pending";
import type { AbroadRequestInput, MemberRequestInput } from "./validation";

export type WriteResult =
  | { ok: true; id: number }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; kind: "forbidden" | "not_found" | "conflict" | "rate_limited" };

const ENTITY = "PartnerRequest";
const PUBLIC_FORM: Actor = { label: "public-form" };
const invalid = (field: string, code: FieldErrors[string][number]["code"]): WriteResult => ({
  ok: false,
  kind: "invalid",
  fieldErrors: { [field]: [{ code }] },
});

/** Unknown countries, areas and funding forms, as field errors (the forms offer only known ones). */
async function unknownCodes(
  db: DbOrTx,
  input: { countryCodes?: string[]; areaCodes: string[]; fundingCodes?: string[] },
): Promise<FieldErrors | null> {
  const errors: FieldErrors = {};
  const countries = input.countryCodes ?? [];
  const [knownCountries, knownAreas, knownFunding] = await Promise.all([
    db.country.findMany({ where: { code: { in: countries } }, select: { code: true } }),
    db.cooperationArea.findMany({ where: { code: { in: input.areaCodes } }, select: { code: true } }),
    db.fundingForm.findMany({ where: { code: { in: input.fundingCodes ?? [] } }, select: { code: true } }),
  ]);
  const missing = (all: string[], known: { code: string }[]) =>
    all.find((c) => !known.some((k) => k.code === c));
  const country = missing(countries, knownCountries);
  if (country) errors.countryCodes = [{ code: "countryUnknown", values: { code: country } }];
  const area = missing(input.areaCodes, knownAreas);
  if (area) errors.areaCodes = [{ code: "areaUnknown", values: { code: area } }];
  const funding = missing(input.fundingCodes ?? [], knownFunding);
  if (funding) errors.fundingCodes = [{ code: "fundingUnknown", values: { code: funding } }];
  return Object.keys(errors).length ? errors : null;
}

const memberData = (input: MemberRequestInput) => ({
  kind: input.kind,
  countryCodes: [...new Set(input.countryCodes)],
  worldRegions: [...new Set(input.worldRegions)] as WorldRegion[],
  areaCodes: [...new Set(input.areaCodes)],
  fundingCodes: [...new Set(input.fundingCodes)],
  description: input.description,
  descriptionEn: input.descriptionEn || null,
  contactName: input.contactName,
  contactEmail: input.contactEmail,
  endsOn: new Date(`${input.endsOn}T00:00:00.000Z`),
});

/** An officer publishes what their member seeks: on the board at once, until its end date. */
export async function createMemberRequest(
  db: DbOrTx,
  user: SessionUser,
  organisationId: number,
  input: MemberRequestInput,
): Promise<WriteResult> {
  if (!actsFor(scopeOf(user), organisationId)) return { ok: false, kind: "forbidden" };
  const fieldErrors = await unknownCodes(db, input);
  if (fieldErrors) return { ok: false, kind: "invalid", fieldErrors };
  return inTransaction(db, async (tx) => {
    const organisation = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { id: true },
    });
    if (!organisation) return { ok: false, kind: "not_found" } as const;
    const created = await tx.partnerRequest.create({
      data: { side: "MEMBER", status: "OPEN", organisationId, ...memberData(input) },
    });
    await recordAudit(tx, actorOf(user), {
      entityType: ENTITY,
      entityId: created.id,
      action: "CREATE",
      after: created,
    });
    return { ok: true, id: created.id } as const;
  });
}

type Target = { id: number; expectedVersion: number };

/**
 * Changes a request under the user's tenancy and the version the form was opened at. The
 * `where` carries both: another member's request is "not found", a stale one a conflict.
 */
async function changeRequest(
  db: DbOrTx,
  user: SessionUser,
  target: Target,
  scope: Prisma.PartnerRequestWhereInput,
  data: (
    before: Prisma.PartnerRequestGetPayload<object>,
  ) => Prisma.PartnerRequestUpdateManyMutationInput | null,
  actor: Actor = actorOf(user),
  /** What else the change brings, in its transaction, before the audit's "after" is read. */
  afterwards?: (tx: DbOrTx, before: Prisma.PartnerRequestGetPayload<object>) => Promise<void>,
): Promise<WriteResult> {
  return inTransaction(db, async (tx) => {
    const before = await tx.partnerRequest.findFirst({ where: { id: target.id, ...scope } });
    if (!before) return { ok: false, kind: "not_found" } as const;
    if (before.version !== target.expectedVersion) return { ok: false, kind: "conflict" } as const;
    const changes = data(before);
    if (!changes) return invalid("form", "seekClosed");
    const { count } = await tx.partnerRequest.updateMany({
      where: { id: target.id, version: target.expectedVersion, ...scope },
      data: { ...changes, version: { increment: 1 } },
    });
    if (count !== 1) return { ok: false, kind: "conflict" } as const;
    if (afterwards) await afterwards(tx, before);
    const after = await tx.partnerRequest.findUniqueOrThrow({ where: { id: target.id } });
    await recordAudit(tx, actor, {
      entityType: ENTITY,
      entityId: target.id,
      action: "UPDATE",
      before,
      after,
    });
    return { ok: true, id: target.id } as const;
  });
}

/** A member request the user may edit: their member's (tenancy in the `where`). */
const ownMemberRequest = (user: SessionUser): Prisma.PartnerRequestWhereInput => ({
  side: "MEMBER",
  ...partnerRequestsInScope(scopeOf(user)),
});

export async function updateMemberRequest(
  db: DbOrTx,
  user: SessionUser,
  target: Target,
  input: MemberRequestInput,
): Promise<WriteResult> {
  const fieldErrors = await unknownCodes(db, input);
  if (fieldErrors) return { ok: false, kind: "invalid", fieldErrors };
  return changeRequest(db, user, target, ownMemberRequest(user), (before) =>
    before.status === "OPEN"
      ? {
          ...memberData(input),
          expiryNotifiedAt:
            input.endsOn > before.endsOn.toISOString().slice(0, 10) ? null : before.expiryNotifiedAt,
        }
      : null,
  );
}

/** Another DEFAULT_MONTHS from today, for an open request whether or not it has expired. */
export function renewMemberRequest(db: DbOrTx, user: SessionUser, target: Target, today = new Date()) {
  return changeRequest(db, user, target, ownMemberRequest(user), (before) =>
    before.status === "OPEN"
      ? { endsOn: new Date(`${monthsFrom(today, DEFAULT_MONTHS)}T00:00:00.000Z`), expiryNotifiedAt: null }
      : null,
  );
}

/**
 * Closes a request, optionally with the partnership that came of it. A member's request: its own
 * officers (or an administrator). A request from abroad: an administrator, or an officer whose
 * member takes part in the partnership named (the partnership is required then).
 */
export async function closeRequest(
  db: DbOrTx,
  user: SessionUser,
  target: Target,
  partnershipId: number | null,
): Promise<WriteResult> {
  const scope = scopeOf(user);
  if (partnershipId === null && scope !== "all") {
    // An officer closes a request from abroad only with the partnership that came of it.
    const request = await db.partnerRequest.findUnique({ where: { id: target.id }, select: { side: true } });
    if (request?.side === "ABROAD") return invalid("partnershipId", "seekPartnershipInvalid");
  }
  if (partnershipId !== null && !(await mayLinkPartnership(db, scope, partnershipId)))
    return invalid("partnershipId", "seekPartnershipInvalid");
  const requests: Prisma.PartnerRequestWhereInput =
    scope === "all"
      ? {}
      : partnershipId !== null
        ? { OR: [ownMemberRequest(user), { side: "ABROAD" }] }
        : ownMemberRequest(user);
  return changeRequest(db, user, target, requests, (before) =>
    before.status === "OPEN"
      ? { status: "CLOSED", closedAt: new Date(), closedPartnershipId: partnershipId }
      : null,
  );
}

/** An administrator's decision on a request from abroad: on the board for DEFAULT_MONTHS, or refused. */
export async function moderateRequest(
  db: DbOrTx,
  user: SessionUser,
  target: Target,
  approve: boolean,
  today = new Date(),
): Promise<WriteResult> {
  if (user.role !== "ADMINISTRATOR") return { ok: false, kind: "forbidden" };
  const actor = actorOf(user);
  return changeRequest(
    db,
    user,
    target,
    { side: "ABROAD" },
    (before) =>
      before.status !== "PENDING"
        ? null
        : approve
          ? {
              status: "OPEN",
              approvedAt: new Date(),
              endsOn: new Date(`${monthsFrom(today, DEFAULT_MONTHS)}T00:00:00.000Z`),
            }
          : { status: "REJECTED" },
    actor,
    // A town the requester added (issue 16) is approved with its request, or let go with it.
    async (tx, before) => {
      if (approve && before.placeId !== null) await approvePendingPlace(tx, before.placeId, actor);
      if (!approve) await releasePendingPlace(tx, target.id, actor);
    },
  );
}

export type InterestResult =
  | { ok: true; request: { id: number; contactEmail: string; contactName: string }; organisationName: string }
  | Exclude<WriteResult, { ok: true }>;

/** "We are interested": recorded once per member and request (a second answer changes nothing). */
export async function recordInterest(
  db: DbOrTx,
  user: SessionUser,
  requestId: number,
  organisationId: number,
  message: string,
  today = new Date(),
): Promise<InterestResult> {
  if (!actsFor(scopeOf(user), organisationId)) return { ok: false, kind: "forbidden" };
  return inTransaction(db, async (tx) => {
    const request = await tx.partnerRequest.findFirst({
      where: { id: requestId, status: "OPEN", endsOn: { gte: dayOf(today) } },
      select: { id: true, organisationId: true, contactEmail: true, contactName: true },
    });
    if (!request) return { ok: false, kind: "not_found" } as const;
    if (request.organisationId === organisationId)
      return {
        ok: false,
        kind: "invalid",
        fieldErrors: { organisationId: [{ code: "seekClosed" }] },
      } as const;
    const organisation = await tx.organisation.findUniqueOrThrow({
      where: { id: organisationId },
      select: { name: true },
    });
    const existing = await tx.partnerRequestInterest.findUnique({
      where: { requestId_organisationId: { requestId, organisationId } },
    });
    if (!existing) {
      const interest = await tx.partnerRequestInterest.create({
        data: { requestId, organisationId, userId: user.id, message: message || null },
      });
      await recordAudit(tx, actorOf(user), {
        entityType: "PartnerRequestInterest",
        entityId: interest.id,
        action: "CREATE",
        after: interest,
      });
    }
    return { ok: true, request, organisationName: organisation.name } as const;
  });
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type SubmissionResult =
  | { ok: true; id: number; token: string | null }
  | { ok: false; kind: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; kind: "rate_limited" };

/**
 * A request from abroad through the public form. Nothing is public until an administrator
 * approves it; with mail (`confirmByMail`) it first waits for the sender to follow the link.
 */
export async function submitAbroadRequest(
  db: DbOrTx,
  input: AbroadRequestInput,
  address: string,
  options: { confirmByMail: boolean; now?: Date },
): Promise<SubmissionResult> {
  const now = options.now ?? new Date();
  const fieldErrors = await unknownCodes(db, {
    countryCodes: [input.countryCode],
    areaCodes: input.areaCodes,
  });
  if (fieldErrors)
    return {
      ok: false,
      kind: "invalid",
      fieldErrors: Object.fromEntries(
        Object.entries(fieldErrors).map(([field, messages]) => [
          field === "countryCodes" ? "countryCode" : field,
          messages,
        ]),
      ),
    };
  let countryCode = input.countryCode;
  let placeId = input.placeId;
  if (placeId !== null) {
    // Only a public place can be chosen (the type-ahead offers no other).
    const place = await db.place.findFirst({
      where: { id: placeId, removedAt: null, awaitingApproval: false },
      select: { countryCode: true },
    });
    if (!place)
      return { ok: false, kind: "invalid", fieldErrors: { placeId: [fieldMessage("placeUnknown")] } };
    countryCode = place.countryCode; // the town decides its country
  } else {
    // A typed name: the public place of that name in that country when there is exactly one.
    const named = (await placesNamed(db, countryCode, input.townName)).filter((p) => !p.awaitingApproval);
    if (named.length > 1)
      return {
        ok: false,
        kind: "invalid",
        fieldErrors: { placeId: [fieldMessage("placeChoose", { query: input.townName })] },
      };
    if (named.length === 1) placeId = named[0]!.id;
    else if (!input.newTown || input.latitude === null || input.longitude === null)
      return {
        ok: false,
        kind: "invalid",
        fieldErrors: { placeId: [fieldMessage("seekTownNotFound", { query: input.townName })] },
      };
  }
  const newTown =
    placeId === null && input.latitude !== null && input.longitude !== null
      ? { name: input.townName, countryCode, latitude: input.latitude, longitude: input.longitude }
      : null;
  const token = options.confirmByMail ? randomBytes(32).toString("base64url") : null;
  const created = await withinSubmissionLimits(db, address, now, async (tx) => {
    // A town the requester added: an existing place of that name (another request's, pending),
    // or a new one awaiting approval (lib/places/pending.ts).
    if (newTown) placeId = (await findOrAddPendingPlace(tx, newTown, PUBLIC_FORM)).id;
    const row = await tx.partnerRequest.create({
      data: {
        side: "ABROAD",
        status: token ? "UNCONFIRMED" : "PENDING",
        kind: input.kind,
        placeId,
        townName: null,
        countryCodes: [countryCode],
        areaCodes: [...new Set(input.areaCodes)],
        description: input.description,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        endsOn: new Date(`${monthsFrom(now, DEFAULT_MONTHS)}T00:00:00.000Z`),
        confirmTokenHash: token ? hashToken(token) : null,
        submittedFrom: address,
        createdAt: now,
      },
    });
    await recordAudit(tx, PUBLIC_FORM, {
      entityType: ENTITY,
      entityId: row.id,
      action: "CREATE",
      after: row,
    });
    return row.id;
  });
  return created === null ? { ok: false, kind: "rate_limited" } : { ok: true, id: created, token };
}

/** The sender followed the mailed link: the request goes to the administrators. */
export async function confirmAbroadRequest(db: DbOrTx, token: string): Promise<WriteResult> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { ok: false, kind: "not_found" };
  return inTransaction(db, async (tx) => {
    const before = await tx.partnerRequest.findFirst({
      where: { confirmTokenHash: hashToken(token), status: "UNCONFIRMED" },
    });
    if (!before) return { ok: false, kind: "not_found" } as const;
    const after = await tx.partnerRequest.update({
      where: { id: before.id },
      data: { status: "PENDING", confirmTokenHash: null, version: { increment: 1 } },
    });
    await recordAudit(
      tx,
      { label: "public-form" },
      { entityType: ENTITY, entityId: before.id, action: "UPDATE", before, after },
    );
    return { ok: true, id: before.id } as const;
  });
}
