import { recordAudit, type Actor } from "../audit/record";
import type { DbOrTx } from "../database/transaction";

export type NewPolicyDocument = {
  organisationId: number;
  title: string;
  language?: string;
  adoptingBody?: string;
  /** ISO date, or as much of it as the source gives: "2019-11-25", "1997-02". */
  decisionDate?: string;
  decisionParagraph?: string;
  validFromYear?: number;
  validToYear?: number;
  publishedOn?: Date;
  changedOn?: Date;
  summary?: string;
  vision?: string;
  goals?: string[];
  rules?: string[];
  responsibilities?: { body: string; duty: string }[];
  sourceUrl?: string;
  source?: string;
};

/** Creates a policy document with its responsibilities, and audits it. */
export async function createPolicyDocument(db: DbOrTx, input: NewPolicyDocument, actor: Actor) {
  const { responsibilities = [], ...fields } = input;
  const created = await db.policyDocument.create({
    data: {
      ...fields,
      responsibilities: { create: responsibilities.map((r, position) => ({ ...r, position })) },
    },
    include: { responsibilities: { orderBy: { position: "asc" } } },
  });
  await recordAudit(db, actor, {
    entityType: "PolicyDocument",
    entityId: created.id,
    action: "CREATE",
    after: created,
  });
  return created;
}
