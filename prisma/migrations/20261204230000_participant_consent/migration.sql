-- Co-participants need consent: a participation is public only once confirmed (confirmedAt).
-- Written by hand: the WASM schema engine's migrate dev panicked (RuntimeError unreachable) on
-- this machine even for an unchanged schema. The statements are what Prisma writes for the two
-- new columns and the relation, plus the backfill.

-- AlterTable
ALTER TABLE "PartnershipParticipant" ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "confirmedById" INTEGER;

-- AddForeignKey
ALTER TABLE "PartnershipParticipant" ADD CONSTRAINT "PartnershipParticipant_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every participation recorded before the rule counts as confirmed (the source documents and
-- the members' own entries): only participations requested from now on can be pending.
UPDATE "PartnershipParticipant" SET "confirmedAt" = CURRENT_TIMESTAMP;
