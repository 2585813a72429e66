import { recordAudit, type Actor } from "../audit/record";
import type { DbOrTx } from "../database/transaction";
import type { Prisma } from "../generated/prisma/client";

export type OrganisationProfile = Pick<
  Prisma.OrganisationUncheckedUpdateInput,
  | "website"
  | "internationalPageUrl"
  | "contactName"
  | "contactTitle"
  | "contactEmail"
  | "contactPhone"
  | "postalAddress"
  | "coordinationForms"
  | "euOfficeId"
  | "lastReviewedOn"
>;

/** Updates a member's public profile, bumps its version and audits the change. */
export async function updateOrganisationProfile(db: DbOrTx, organisationId: number, profile: OrganisationProfile, actor: Actor) {
  const before = await db.organisation.findUniqueOrThrow({ where: { id: organisationId } });
  const after = await db.organisation.update({
    where: { id: organisationId },
    data: { ...profile, version: { increment: 1 } },
  });
  await recordAudit(db, actor, { entityType: "Organisation", entityId: organisationId, action: "UPDATE", before, after });
  return after;
}
