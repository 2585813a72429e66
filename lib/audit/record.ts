import type { AuditAction } from "../generated/prisma/client";
import type { DbOrTx } from "../database/transaction";

/** Who made a change: a signed-in user, or a named process ("seed", "import:<file>"). */
export type Actor = { userId?: number; label: string };

export const SEED_ACTOR: Actor = { label: "seed" };

type AuditEventInput = {
  entityType: string;
  entityId: string | number;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
  /** With action RESTORE: the event whose version was restored (none: a removal was undone). */
  restoredFromId?: bigint;
};

const json = (value: unknown) =>
  value === undefined || value === null ? undefined : JSON.parse(JSON.stringify(value));

const auditRow = (actor: Actor, event: AuditEventInput) => ({
  actorId: actor.userId ?? null,
  actorLabel: actor.label,
  entityType: event.entityType,
  entityId: String(event.entityId),
  action: event.action,
  before: json(event.before),
  after: json(event.after),
  restoredFromId: event.restoredFromId ?? null,
});

/** Appends one event to the audit log. Call it in the same transaction as the change. */
export async function recordAudit(db: DbOrTx, actor: Actor, event: AuditEventInput) {
  await db.auditEvent.create({ data: auditRow(actor, event) });
}

/** Appends many events in one statement, in the order given. */
export async function recordAudits(db: DbOrTx, actor: Actor, events: AuditEventInput[]) {
  if (events.length) await db.auditEvent.createMany({ data: events.map((event) => auditRow(actor, event)) });
}
