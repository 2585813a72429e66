// The members the snippet builder offers, with their current public partnerships per kind (the
// iframe's height follows the list's length). One query for all members, or one member's.
import type { DbOrTx } from "../database/transaction";
import type { PartnershipKind } from "../generated/prisma/enums";
import { publicParticipationSql, publicPartnershipSql } from "../partnerships/participation";

export type EmbedMemberCounts = {
  code: string;
  name: string;
  counts: Partial<Record<PartnershipKind, number>>;
};

/** A member as the snippet builder gets it: with the iframe's title in each language. */
export type EmbedBuilderMember = EmbedMemberCounts & { titles: Record<"sv" | "en", string> };

/** Every member (kommuner first, by name), or only `organisationId`, with its counts. */
export async function embedMembers(db: DbOrTx, organisationId?: number): Promise<EmbedMemberCounts[]> {
  const members = await db.organisation.findMany({
    where: organisationId === undefined ? {} : { id: organisationId },
    select: { id: true, code: true, name: true },
    orderBy: [{ kind: "asc" }, { name: "asc" }],
  });
  const rows = await db.$queryRawUnsafe<{ organisationId: number; kind: PartnershipKind; n: number }[]>(
    `SELECT pp."organisationId", p."kind"::text AS kind, count(*)::int AS n
       FROM "Partnership" p
       JOIN "PartnershipParticipant" pp ON pp."partnershipId" = p."id" AND ${publicParticipationSql("pp")}
      WHERE ${publicPartnershipSql("p")} AND p."endedOn" IS NULL
        ${organisationId === undefined ? "" : `AND pp."organisationId" = $1`}
      GROUP BY 1, 2`,
    ...(organisationId === undefined ? [] : [organisationId]),
  );
  const counts = new Map<number, Partial<Record<PartnershipKind, number>>>();
  for (const row of rows)
    counts.set(row.organisationId, { ...counts.get(row.organisationId), [row.kind]: row.n });
  return members.map((m) => ({ code: m.code, name: m.name, counts: counts.get(m.id) ?? {} }));
}
