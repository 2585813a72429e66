import type { Database } from "../database/client";

/** A member's policy documents, newest decision first, with their responsibilities. */
export function listPolicyDocuments(db: Database, organisationId: number) {
  return db.policyDocument.findMany({
    where: { organisationId, removedAt: null },
    include: { responsibilities: { orderBy: { position: "asc" } } },
    orderBy: [{ decisionDate: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  });
}

export type PolicyDocumentWithResponsibilities = Awaited<ReturnType<typeof listPolicyDocuments>>[number];

/** Whether a policy with a validity period still applies in `year` (open-ended ones do). */
export function policyStatus(
  policy: { validFromYear: number | null; validToYear: number | null },
  year: number,
) {
  if (policy.validToYear === null) return policy.validFromYear === null ? "unknown" : "current";
  return policy.validToYear < year ? "expired" : "current";
}
