-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('MUNICIPALITY', 'REGION');

-- CreateEnum
CREATE TYPE "CoordinationForm" AS ENUM ('DESIGNATED_OFFICER', 'COUNCIL_OR_BOARD', 'DEPARTMENTS', 'STEERING_GROUP', 'OTHER');

-- CreateEnum
CREATE TYPE "WorldRegion" AS ENUM ('NORDIC', 'REST_OF_EUROPE', 'REST_OF_WORLD');

-- CreateEnum
CREATE TYPE "PartnershipKind" AS ENUM ('TWIN_TOWN', 'MUNICIPAL_PARTNERSHIP', 'OTHER');

-- CreateEnum
CREATE TYPE "OtherCooperationType" AS ENUM ('COOPERATION_AGREEMENT', 'PROJECT', 'NETWORK_MEMBERSHIP', 'CROSS_BORDER', 'OTHER');

-- CreateEnum
CREATE TYPE "ActivityLevel" AS ENUM ('ACTIVE', 'SPORADIC', 'DORMANT');

-- CreateEnum
CREATE TYPE "VerificationState" AS ENUM ('VERIFIED', 'NEEDS_REVIEW');

-- CreateEnum
CREATE TYPE "PartnerType" AS ENUM ('PLACE', 'COUNTRY', 'NETWORK', 'ORGANISATION', 'FREE_TEXT');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMINISTRATOR', 'OFFICER');

-- CreateEnum
CREATE TYPE "AuditAction" AS ENUM ('CREATE', 'UPDATE', 'REMOVE', 'RESTORE');

-- CreateTable
CREATE TABLE "County" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,

    CONSTRAINT "County_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "MunicipalityGroup" (
    "code" TEXT NOT NULL,
    "mainGroup" TEXT NOT NULL,
    "mainGroupName" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "MunicipalityGroup_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "EuOffice" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "website" TEXT,
    "source" TEXT,

    CONSTRAINT "EuOffice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EuOfficeCounty" (
    "euOfficeId" INTEGER NOT NULL,
    "countyCode" TEXT NOT NULL,

    CONSTRAINT "EuOfficeCounty_pkey" PRIMARY KEY ("euOfficeId","countyCode")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "countyCode" TEXT NOT NULL,
    "municipalityGroupCode" TEXT,
    "centroidLat" DOUBLE PRECISION,
    "centroidLon" DOUBLE PRECISION,
    "boundaryRef" TEXT,
    "website" TEXT,
    "internationalPageUrl" TEXT,
    "contactName" TEXT,
    "contactTitle" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "postalAddress" TEXT,
    "coordinationForms" "CoordinationForm"[],
    "euOfficeId" INTEGER,
    "lastReviewedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HonoraryConsul" (
    "organisationId" INTEGER NOT NULL,
    "countryCode" TEXT NOT NULL,
    "source" TEXT,

    CONSTRAINT "HonoraryConsul_pkey" PRIMARY KEY ("organisationId","countryCode")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL,
    "nameSv" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "worldRegion" "WorldRegion" NOT NULL,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "IcldEligibility" (
    "countryCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "IcldEligibility_pkey" PRIMARY KEY ("countryCode","year")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "asciiName" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "admin1Code" TEXT,
    "admin2Code" TEXT,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "population" INTEGER NOT NULL,
    "featureCode" TEXT NOT NULL,
    "timezone" TEXT,
    "searchNames" TEXT[],
    "searchText" TEXT NOT NULL,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Network" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "description" TEXT,
    "website" TEXT,
    "source" TEXT,

    CONSTRAINT "Network_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" SERIAL NOT NULL,
    "kind" "PartnershipKind" NOT NULL,
    "otherType" "OtherCooperationType",
    "title" TEXT,
    "activityLevel" "ActivityLevel",
    "startYear" INTEGER,
    "endedOn" DATE,
    "endReason" TEXT,
    "endDecisionRef" TEXT,
    "decisionRefs" TEXT[],
    "lastEvaluatedOn" DATE,
    "description" TEXT,
    "verification" "VerificationState" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "reviewNote" TEXT,
    "source" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "removedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnershipParticipant" (
    "partnershipId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,

    CONSTRAINT "PartnershipParticipant_pkey" PRIMARY KEY ("partnershipId","organisationId")
);

-- CreateTable
CREATE TABLE "PartnershipPartner" (
    "id" SERIAL NOT NULL,
    "partnershipId" INTEGER NOT NULL,
    "type" "PartnerType" NOT NULL,
    "placeId" INTEGER,
    "countryCode" TEXT,
    "networkId" INTEGER,
    "name" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PartnershipPartner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperationArea" (
    "code" TEXT NOT NULL,
    "nameSv" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "inSurvey" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,

    CONSTRAINT "CooperationArea_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "PartnershipArea" (
    "partnershipId" INTEGER NOT NULL,
    "areaCode" TEXT NOT NULL,

    CONSTRAINT "PartnershipArea_pkey" PRIMARY KEY ("partnershipId","areaCode")
);

-- CreateTable
CREATE TABLE "FundingForm" (
    "code" TEXT NOT NULL,
    "nameSv" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "FundingForm_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "PartnershipFunding" (
    "partnershipId" INTEGER NOT NULL,
    "fundingFormCode" TEXT NOT NULL,

    CONSTRAINT "PartnershipFunding_pkey" PRIMARY KEY ("partnershipId","fundingFormCode")
);

-- CreateTable
CREATE TABLE "PolicyDocument" (
    "id" SERIAL NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'sv',
    "adoptingBody" TEXT,
    "decisionDate" TEXT,
    "decisionParagraph" TEXT,
    "validFromYear" INTEGER,
    "validToYear" INTEGER,
    "publishedOn" DATE,
    "changedOn" DATE,
    "summary" TEXT,
    "vision" TEXT,
    "goals" TEXT[],
    "rules" TEXT[],
    "sourceUrl" TEXT,
    "source" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "removedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyResponsibility" (
    "id" SERIAL NOT NULL,
    "policyId" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "duty" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PolicyResponsibility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficerAssignment" (
    "userId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,

    CONSTRAINT "OfficerAssignment_pkey" PRIMARY KEY ("userId","organisationId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "actorLabel" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" "AuditAction" NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EuOffice_name_key" ON "EuOffice"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_code_key" ON "Organisation"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_countyCode_idx" ON "Organisation"("countyCode");

-- CreateIndex
CREATE INDEX "Organisation_kind_idx" ON "Organisation"("kind");

-- CreateIndex
CREATE INDEX "IcldEligibility_year_idx" ON "IcldEligibility"("year");

-- CreateIndex
CREATE INDEX "Place_countryCode_idx" ON "Place"("countryCode");

-- CreateIndex
CREATE INDEX "Place_searchNames_idx" ON "Place" USING GIN ("searchNames");

-- CreateIndex
CREATE INDEX "Place_searchText_idx" ON "Place" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Network_name_key" ON "Network"("name");

-- CreateIndex
CREATE INDEX "Partnership_kind_idx" ON "Partnership"("kind");

-- CreateIndex
CREATE INDEX "Partnership_activityLevel_idx" ON "Partnership"("activityLevel");

-- CreateIndex
CREATE INDEX "PartnershipParticipant_organisationId_idx" ON "PartnershipParticipant"("organisationId");

-- CreateIndex
CREATE INDEX "PartnershipPartner_partnershipId_idx" ON "PartnershipPartner"("partnershipId");

-- CreateIndex
CREATE INDEX "PartnershipPartner_placeId_idx" ON "PartnershipPartner"("placeId");

-- CreateIndex
CREATE INDEX "PartnershipPartner_countryCode_idx" ON "PartnershipPartner"("countryCode");

-- CreateIndex
CREATE INDEX "PartnershipPartner_networkId_idx" ON "PartnershipPartner"("networkId");

-- CreateIndex
CREATE INDEX "PartnershipArea_areaCode_idx" ON "PartnershipArea"("areaCode");

-- CreateIndex
CREATE INDEX "PartnershipFunding_fundingFormCode_idx" ON "PartnershipFunding"("fundingFormCode");

-- CreateIndex
CREATE INDEX "PolicyDocument_organisationId_idx" ON "PolicyDocument"("organisationId");

-- CreateIndex
CREATE INDEX "PolicyResponsibility_policyId_idx" ON "PolicyResponsibility"("policyId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "OfficerAssignment_organisationId_idx" ON "OfficerAssignment"("organisationId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "EuOfficeCounty" ADD CONSTRAINT "EuOfficeCounty_euOfficeId_fkey" FOREIGN KEY ("euOfficeId") REFERENCES "EuOffice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EuOfficeCounty" ADD CONSTRAINT "EuOfficeCounty_countyCode_fkey" FOREIGN KEY ("countyCode") REFERENCES "County"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countyCode_fkey" FOREIGN KEY ("countyCode") REFERENCES "County"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_municipalityGroupCode_fkey" FOREIGN KEY ("municipalityGroupCode") REFERENCES "MunicipalityGroup"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_euOfficeId_fkey" FOREIGN KEY ("euOfficeId") REFERENCES "EuOffice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonoraryConsul" ADD CONSTRAINT "HonoraryConsul_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HonoraryConsul" ADD CONSTRAINT "HonoraryConsul_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IcldEligibility" ADD CONSTRAINT "IcldEligibility_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipParticipant" ADD CONSTRAINT "PartnershipParticipant_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipParticipant" ADD CONSTRAINT "PartnershipParticipant_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipPartner" ADD CONSTRAINT "PartnershipPartner_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipPartner" ADD CONSTRAINT "PartnershipPartner_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipPartner" ADD CONSTRAINT "PartnershipPartner_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipPartner" ADD CONSTRAINT "PartnershipPartner_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipArea" ADD CONSTRAINT "PartnershipArea_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipArea" ADD CONSTRAINT "PartnershipArea_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "CooperationArea"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipFunding" ADD CONSTRAINT "PartnershipFunding_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnershipFunding" ADD CONSTRAINT "PartnershipFunding_fundingFormCode_fkey" FOREIGN KEY ("fundingFormCode") REFERENCES "FundingForm"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyDocument" ADD CONSTRAINT "PolicyDocument_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyResponsibility" ADD CONSTRAINT "PolicyResponsibility_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "PolicyDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficerAssignment" ADD CONSTRAINT "OfficerAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficerAssignment" ADD CONSTRAINT "OfficerAssignment_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Written by hand: rules Prisma's schema language cannot express.
-- ---------------------------------------------------------------------------

-- Official codes: four digits for a kommun, two for a region (the county code).
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_code_format" CHECK (
  ("kind" = 'MUNICIPALITY' AND "code" ~ '^[0-9]{4}$') OR ("kind" = 'REGION' AND "code" ~ '^[0-9]{2}$')
);

-- A partner is exactly one thing, according to its type.
ALTER TABLE "PartnershipPartner" ADD CONSTRAINT "PartnershipPartner_fields_match_type" CHECK (
  ("type" = 'PLACE' AND "placeId" IS NOT NULL AND "networkId" IS NULL AND "countryCode" IS NULL) OR
  ("type" = 'COUNTRY' AND "countryCode" IS NOT NULL AND "placeId" IS NULL AND "networkId" IS NULL) OR
  ("type" = 'NETWORK' AND "networkId" IS NOT NULL AND "placeId" IS NULL AND "countryCode" IS NULL) OR
  ("type" IN ('ORGANISATION', 'FREE_TEXT') AND "name" IS NOT NULL AND "placeId" IS NULL AND "networkId" IS NULL)
);

-- Only "other" cooperations have a subtype, years stay within sense, an end is never before the start.
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_otherType_only_for_other" CHECK ("kind" = 'OTHER' OR "otherType" IS NULL);
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_startYear_range" CHECK ("startYear" IS NULL OR "startYear" BETWEEN 1900 AND 2100);
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_end_not_before_start" CHECK (
  "endedOn" IS NULL OR "startYear" IS NULL OR EXTRACT(YEAR FROM "endedOn") >= "startYear"
);
ALTER TABLE "PolicyDocument" ADD CONSTRAINT "PolicyDocument_decisionDate_iso" CHECK (
  "decisionDate" IS NULL OR "decisionDate" ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'
);
ALTER TABLE "PolicyDocument" ADD CONSTRAINT "PolicyDocument_validity_order" CHECK (
  "validFromYear" IS NULL OR "validToYear" IS NULL OR "validToYear" >= "validFromYear"
);
