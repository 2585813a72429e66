// What the board reads. Public reads select PUBLIC_FIELDS only: the contact, the sender's
// address and the confirmation token never leave the server for a visitor (contactOf is the one
// read of the contact, for signed-in users).
import { partnerRequestsInScope, type Scope } from "../auth/scope";
import type { Database } from "../database/client";
import type { DbOrTx } from "../database/transaction";
import { worldRegionOf, type WorldRegionCode } from "../countries/world-region";
import type { OrganisationKind, Prisma } from "../generated/prisma/client";
import { publicParticipation, reviewedIfImported } from "../partnerships/participation";
import { dayOf } from "./codes";
import { BOARD_PAGE_SIZE, type ParsedBoardParams } from "./params";
import type { MemberProfile } from "./ranking";

const PUBLIC_FIELDS = {
  id: true,
  side: true,
  kind: true,
  status: true,
  countryCodes: true,
  worldRegions: true,
  areaCodes: true,
  fundingCodes: true,
  description: true,
  descriptionEn: true,
  endsOn: true,
  townName: true,
  createdAt: true,
  closedAt: true,
  version: true,
  organisation: { select: { id: true, name: true, slug: true, kind: true } },
  // awaitingApproval: a town the requester added (issue 16), shown as new to the administrators.
  place: {
    select: {
      id: true,
      name: true,
      countryCode: true,
      latitude: true,
      longitude: true,
      awaitingApproval: true,
    },
  },
  closedPartnership: { select: { id: true } },
} satisfies Prisma.PartnerRequestSelect;

export type PublicRequest = Prisma.PartnerRequestGetPayload<{ select: typeof PUBLIC_FIELDS }>;

/** On the board: approved (or published by a member), not closed, not past its end date. */
const onBoard = (today: Date): Prisma.PartnerRequestWhereInput => ({
  status: "OPEN",
  endsOn: { gte: dayOf(today) },
});

/**
 * The board's filters as a `where`. A country matches a member's request that names it or its
 * world region, and a request from abroad from it.
 */
function boardWhere(parsed: ParsedBoardParams, today: Date): Prisma.PartnerRequestWhereInput {
  const { filters } = parsed;
  const and: Prisma.PartnerRequestWhereInput[] = [onBoard(today)];
  if (filters.sides.length) and.push({ side: { in: filters.sides } });
  if (filters.kinds.length) and.push({ kind: { in: filters.kinds } });
  if (filters.areas.length) and.push({ areaCodes: { hasSome: filters.areas } });
  if (filters.fundingForms.length) and.push({ fundingCodes: { hasSome: filters.fundingForms } });
  if (filters.countries.length) {
    const regions = [...new Set(filters.countries.map(worldRegionOf))];
    and.push({
      OR: [
        { countryCodes: { hasSome: filters.countries } },
        { side: "MEMBER", worldRegions: { hasSome: regions } },
      ],
    });
  }
  return { AND: and };
}

export async function findBoard(db: Database, parsed: ParsedBoardParams, today = new Date()) {
  const where = boardWhere(parsed, today);
  const total = await db.partnerRequest.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE));
  const page = Math.min(parsed.page, pageCount);
  const rows = await db.partnerRequest.findMany({
    where,
    select: PUBLIC_FIELDS,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * BOARD_PAGE_SIZE,
    take: BOARD_PAGE_SIZE,
  });
  return { rows, total, page, pageCount };
}

/**
 * One request for its page. Visitors see what is or was on the board (open, expired, closed);
 * a request waiting for confirmation or approval, or refused, only administrators and, for a
 * member's request, its own officers.
 */
export async function findRequest(
  db: DbOrTx,
  id: number,
  viewer: { role: "ADMINISTRATOR" | "OFFICER"; organisationIds: number[] } | null,
) {
  const request = await db.partnerRequest.findUnique({ where: { id }, select: PUBLIC_FIELDS });
  if (!request) return null;
  if (request.status === "OPEN" || request.status === "CLOSED") return request;
  if (viewer?.role === "ADMINISTRATOR") return request;
  return null;
}

/** The contact of a request: only ever for a signed-in user (the page checks the session). */
export function contactOf(db: DbOrTx, id: number) {
  return db.partnerRequest.findUnique({ where: { id }, select: { contactName: true, contactEmail: true } });
}

/** The members that have said "we are interested", for signed-in users. */
export function interestsOf(db: DbOrTx, id: number) {
  return db.partnerRequestInterest.findMany({
    where: { requestId: id },
    select: { organisation: { select: { id: true, name: true, slug: true } }, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
}

/** Requests from abroad waiting for an administrator, oldest first, with their contact. */
export function pendingRequests(db: DbOrTx) {
  return db.partnerRequest.findMany({
    where: { side: "ABROAD", status: "PENDING" },
    select: { ...PUBLIC_FIELDS, contactName: true, contactEmail: true },
    orderBy: { createdAt: "asc" },
    take: 100,
  });
}

/** A member's open requests on the board now, for its public page ("seeking partners in …"). */
export function seekingNow(db: DbOrTx, organisationId: number, today = new Date()) {
  return db.partnerRequest.findMany({
    where: { ...onBoard(today), side: "MEMBER", organisationId },
    select: { id: true, countryCodes: true, worldRegions: true, kind: true },
    orderBy: { id: "asc" },
  });
}

/** The requests of the user's members, for their dashboard: open ones (expired included) first. */
export function requestsOfMembers(db: DbOrTx, organisationIds: number[]) {
  return db.partnerRequest.findMany({
    where: { side: "MEMBER", organisationId: { in: organisationIds }, status: "OPEN" },
    select: PUBLIC_FIELDS,
    orderBy: [{ endsOn: "asc" }],
  });
}

/**
 * Every member with a current public partnership or an open request of its own, as the ranking
 * (ranking.ts) sees it. A few hundred members and a few thousand partnerships: one read each.
 */
export async function memberProfiles(
  db: DbOrTx,
  today = new Date(),
): Promise<(MemberProfile & { slug: string; kind: OrganisationKind })[]> {
  const [participations, requests] = await Promise.all([
    db.partnershipParticipant.findMany({
      where: {
        ...publicParticipation,
        partnership: { removedAt: null, endedOn: null, ...reviewedIfImported },
      },
      select: {
        organisation: { select: { id: true, name: true, slug: true, kind: true } },
        partnership: {
          select: {
            areas: { select: { areaCode: true } },
            partners: { select: { countryCode: true, place: { select: { countryCode: true } } } },
          },
        },
      },
    }),
    db.partnerRequest.findMany({
      where: { ...onBoard(today), side: "MEMBER" },
      select: {
        countryCodes: true,
        worldRegions: true,
        areaCodes: true,
        organisation: { select: { id: true, name: true, slug: true, kind: true } },
      },
    }),
  ]);
  const profiles = new Map<number, MemberProfile & { slug: string; kind: OrganisationKind }>();
  const profile = (o: { id: number; name: string; slug: string; kind: OrganisationKind }) => {
    let p = profiles.get(o.id);
    if (!p) {
      p = {
        organisationId: o.id,
        name: o.name,
        slug: o.slug,
        kind: o.kind,
        partnerCountries: new Map(),
        areaCodes: new Set(),
        seekingCountries: new Set(),
        seekingRegions: new Set(),
      };
      profiles.set(o.id, p);
    }
    return p;
  };
  for (const { organisation, partnership } of participations) {
    const p = profile(organisation);
    const countries = new Set(
      partnership.partners.flatMap((partner) => partner.place?.countryCode ?? partner.countryCode ?? []),
    );
    for (const c of countries) p.partnerCountries.set(c, (p.partnerCountries.get(c) ?? 0) + 1);
    for (const a of partnership.areas) p.areaCodes.add(a.areaCode);
  }
  for (const request of requests) {
    if (!request.organisation) continue;
    const p = profile(request.organisation);
    for (const c of request.countryCodes) p.seekingCountries.add(c);
    for (const r of request.worldRegions) p.seekingRegions.add(r as WorldRegionCode);
    for (const a of request.areaCodes) p.areaCodes.add(a);
  }
  return [...profiles.values()];
}

/** Open requests from abroad, as the ranking sees them. */
export async function openAbroadRequests(db: DbOrTx, today = new Date()) {
  const rows = await db.partnerRequest.findMany({
    where: { ...onBoard(today), side: "ABROAD" },
    select: PUBLIC_FIELDS,
    orderBy: { id: "desc" },
    take: 1000,
  });
  return rows.map((row) => ({ ...row, countryCode: row.countryCodes[0]!, areaCodes: row.areaCodes }));
}

/** A member's open request that the scope may edit, with its member's name; null for any other. */
export function findEditableMemberRequest(db: DbOrTx, id: number, scope: Scope) {
  return db.partnerRequest.findFirst({
    where: { id, side: "MEMBER", status: "OPEN", ...partnerRequestsInScope(scope) },
    include: { organisation: { select: { name: true } } },
  });
}
