-- The public change list (lib/changes/) and Wikidata ids of members and places (issue 15).
-- Written by hand in Prisma's style (the WASM schema engine would not start here).
ALTER TABLE "Organisation" ADD COLUMN "wikidataId" TEXT;
ALTER TABLE "Place" ADD COLUMN "wikidataId" TEXT;

CREATE TABLE "PublishedPartnership" (
    "partnershipId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "digest" TEXT,
    "payload" JSONB,

    CONSTRAINT "PublishedPartnership_pkey" PRIMARY KEY ("partnershipId")
);

CREATE TABLE "PublishedOrganisation" (
    "organisationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "digest" TEXT,
    "payload" JSONB,

    CONSTRAINT "PublishedOrganisation_pkey" PRIMARY KEY ("organisationId")
);

CREATE TABLE "PublicChange" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB,
    "previous" JSONB,
    "memberCodes" TEXT[],

    CONSTRAINT "PublicChange_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "PublicChange_memberCodes_idx" ON "PublicChange" USING GIN ("memberCodes");
