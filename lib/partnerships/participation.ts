// Consent between members: a partnership with several Swedish participants belongs to each of
// them, so one member's officer cannot put another member on it. Adding a member the officer
// does not act for is a request, stored as a participation without `confirmedAt`; it shows and
// counts nowhere public until one of that member's officers (or an administrator) confirms it.
// This module holds the rule once: every public read filters participants through it.
import type { Prisma } from "../generated/prisma/client";

/**
 * A participation the public sees: confirmed by its member (or added by someone who acts for
 * it). The one Prisma fragment for "public participation": the member page, the directory and
 * its counts, the API, the exports, the map and the statistics all go through it (or through
 * `publicParticipationSql`, its spelling for the reads PostgreSQL aggregates itself).
 */
export const publicParticipation = {
  confirmedAt: { not: null },
} satisfies Prisma.PartnershipParticipantWhereInput;

/** `publicParticipation` in SQL, for a "PartnershipParticipant" row under `alias`. */
export const publicParticipationSql = (alias: string) => `${alias}."confirmedAt" IS NOT NULL`;

/** Every import writes its source as "Import av fil med SHA-256 …, rad N" (lib/import/commit.ts). */
export const IMPORT_SOURCE_PREFIX = "Import av ";

/**
 * An imported row is published only once the member or an administrator has confirmed it
 * (verified it): until then it waits in the review queue, seen by nobody outside the signed-in
 * area. Rows entered through the forms are public at once, unverified ones with a mark.
 * Spelled as an OR, not a NOT, so that a row without a source (NULL) stays public.
 */
export const reviewedIfImported = {
  OR: [
    { verification: "VERIFIED" },
    { source: null },
    { NOT: { source: { startsWith: IMPORT_SOURCE_PREFIX } } },
  ],
} satisfies Prisma.PartnershipWhereInput;

/**
 * Partnerships the public sees: not removed, reviewed if imported, and at least one member
 * stands behind it (a partnership whose every participation is a pending request is nobody's
 * yet). Ended ones are kept and shown as history. `publicPartnershipSql` below is its SQL.
 */
export const visiblePartnership = {
  removedAt: null,
  participants: { some: publicParticipation },
  ...reviewedIfImported,
} satisfies Prisma.PartnershipWhereInput;

/**
 * `visiblePartnership` for a partnership reached through a public participation (a member's own
 * participations, or counts per member over them): that participation is the member standing
 * behind it, so "at least one confirmed participant" holds already and is not asked again. Asked
 * again, PostgreSQL plans it as a semi-join that hashes every participation of the registry
 * (127,000 at 100,000 partnerships) even for one member's few rows. Only under a
 * `publicParticipation` condition on the same row.
 */
export const visibleThroughPublicParticipation = {
  removedAt: null,
  ...reviewedIfImported,
} satisfies Prisma.PartnershipWhereInput;

/**
 * The partnerships the public sees one member stand behind: `visiblePartnership` with the
 * member's own confirmed participation as the participant it asks for.
 */
export const visiblePartnershipOf = (organisationId: number) =>
  ({
    ...visibleThroughPublicParticipation,
    participants: { some: { organisationId, ...publicParticipation } },
  }) satisfies Prisma.PartnershipWhereInput;

/**
 * A partnership the public sees (not removed, reviewed if imported, and at least one member
 * stands behind it), in SQL for a "Partnership" row under `alias`: `visiblePartnership`.
 * The statistics' counters apply it in the database, in migration
 * 20261205120000_statistics_counts ("statistics_keys"): a change here needs a migration there
 * (tests/integration/registry-statistics.test.ts compares the figures of both, on rows it should
 * then also cover).
 */
export const publicPartnershipSql = (alias: string) =>
  `${publicThroughParticipationSql(alias)}
   AND EXISTS (SELECT 1 FROM "PartnershipParticipant" pub
     WHERE pub."partnershipId" = ${alias}."id" AND ${publicParticipationSql("pub")})`;

/** `visibleThroughPublicParticipation` in SQL: only joined through a `publicParticipationSql` row. */
export const publicThroughParticipationSql = (alias: string) =>
  `${alias}."removedAt" IS NULL
   AND (${alias}."verification" = 'VERIFIED' OR ${alias}."source" IS NULL
        OR ${alias}."source" NOT LIKE '${IMPORT_SOURCE_PREFIX}%')`;
