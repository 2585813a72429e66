-- CreateEnum
CREATE TYPE "PartnerRequestSide" AS ENUM ('MEMBER', 'ABROAD');

-- CreateEnum
CREATE TYPE "PartnerRequestKind" AS ENUM ('TWIN_TOWN', 'MUNICIPAL_PARTNERSHIP', 'PROJECT');

-- CreateEnum
CREATE TYPE "PartnerRequestStatus" AS ENUM ('UNCONFIRMED', 'PENDING', 'OPEN', 'REJECTED', 'CLOSED');

-- CreateTable
CREATE TABLE "PartnerRequest" (
    "id" SERIAL NOT NULL,
    "side" "PartnerRequestSide" NOT NULL,
    "kind" "PartnerRequestKind" NOT NULL,
    "status" "PartnerRequestStatus" NOT NULL,
    "organisationId" INTEGER,
    "placeId" INTEGER,
    "townName" TEXT,
    "countryCodes" TEXT[],
    "worldRegions" "WorldRegion"[],
    "areaCodes" TEXT[],
    "fundingCodes" TEXT[],
    "description" TEXT NOT NULL,
    "descriptionEn" TEXT,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "endsOn" DATE NOT NULL,
    "expiryNotifiedAt" TIMESTAMP(3),
    "confirmTokenHash" TEXT,
    "submittedFrom" TEXT,
    "approvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "closedPartnershipId" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartnerRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerRequestInterest" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "userId" INTEGER,
    "message" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerRequestInterest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PartnerRequest_confirmTokenHash_key" ON "PartnerRequest"("confirmTokenHash");

-- CreateIndex
CREATE INDEX "PartnerRequest_status_endsOn_idx" ON "PartnerRequest"("status", "endsOn");

-- CreateIndex
CREATE INDEX "PartnerRequest_organisationId_idx" ON "PartnerRequest"("organisationId");

-- CreateIndex
CREATE INDEX "PartnerRequest_submittedFrom_createdAt_idx" ON "PartnerRequest"("submittedFrom", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerRequestInterest_requestId_organisationId_key" ON "PartnerRequestInterest"("requestId", "organisationId");

-- AddForeignKey
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_closedPartnershipId_fkey" FOREIGN KEY ("closedPartnershipId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRequestInterest" ADD CONSTRAINT "PartnerRequestInterest_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PartnerRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRequestInterest" ADD CONSTRAINT "PartnerRequestInterest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRequestInterest" ADD CONSTRAINT "PartnerRequestInterest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: a member's request names its member, a request from abroad its town (a place or a typed name)
ALTER TABLE "PartnerRequest" ADD CONSTRAINT "PartnerRequest_side_check" CHECK (
  ("side" = 'MEMBER' AND "organisationId" IS NOT NULL) OR
  ("side" = 'ABROAD' AND ("placeId" IS NOT NULL OR "townName" IS NOT NULL) AND cardinality("countryCodes") = 1)
);
