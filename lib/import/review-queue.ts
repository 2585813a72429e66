// The review queue: partnerships an import saved as unverified (NEEDS_REVIEW) that nobody has
// confirmed yet, within what the user may edit. Confirming one (the partnership edit page's
// confirm action) takes it off the queue.
import type { DbOrTx } from "../database/transaction";
import type { PartnershipKind } from "../generated/prisma/enums";
import { actsFor, partnershipsInScope, type Scope } from "../auth/scope";
import { IMPORT_SOURCE_PREFIX } from "../partnerships/participation";

export type ReviewQueueItem = {
  id: number;
  kind: PartnershipKind;
  reviewNote: string | null;
  source: string | null;
  organisation: { name: string; slug: string };
  partners: string[];
  /** Partners that may be a place the gazetteer lacks, as the row named them: "add this place". */
  placeSuggestions: { name: string; countryCode: string | null }[];
};

export async function importReviewQueue(db: DbOrTx, scope: Scope): Promise<ReviewQueueItem[]> {
  const rows = await db.partnership.findMany({
    where: {
      removedAt: null,
      verification: "NEEDS_REVIEW",
      source: { startsWith: IMPORT_SOURCE_PREFIX },
      ...partnershipsInScope(scope),
    },
    select: {
      id: true,
      kind: true,
      reviewNote: true,
      source: true,
      participants: { select: { organisation: { select: { id: true, name: true, slug: true } } } },
      partners: {
        select: {
          type: true,
          name: true,
          countryCode: true,
          place: { select: { name: true, countryCode: true } },
        },
      },
    },
    orderBy: { id: "asc" },
  });
  return rows.map((p) => {
    const own = p.participants.find((x) => actsFor(scope, x.organisation.id)) ?? p.participants[0]!;
    return {
      id: p.id,
      kind: p.kind,
      reviewNote: p.reviewNote,
      source: p.source,
      organisation: { name: own.organisation.name, slug: own.organisation.slug },
      partners: p.partners.map((x) => x.place?.name ?? x.name ?? "").filter(Boolean),
      placeSuggestions: p.partners
        .filter((x) => x.type === "FREE_TEXT" || x.type === "PLACE")
        .map((x) => ({
          name: x.name ?? x.place?.name ?? "",
          countryCode: x.countryCode ?? x.place?.countryCode ?? null,
        }))
        .filter((x) => x.name),
    };
  });
}
