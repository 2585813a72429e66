import type { DbOrTx } from "../database/transaction";

/** The audit events of one entity, newest first, with who acted (at most `take`). */
export function auditHistory(db: DbOrTx, entityType: string, entityId: number, take?: number) {
  return db.auditEvent.findMany({
    where: { entityType, entityId: String(entityId) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    include: { actor: { select: { id: true, name: true } } },
    take,
  });
}

export type AuditHistoryEvent = Awaited<ReturnType<typeof auditHistory>>[number];
