-- Issue 14: places added in the registry, and GeoNames' administrative divisions, in the one Place table.
-- ("wikidataId" came with 20261205030000_public_changes.)
CREATE TYPE "PlaceSource" AS ENUM ('GEONAMES', 'ADMIN_DIVISION', 'REGISTRY');

CREATE TYPE "PlaceKind" AS ENUM ('MUNICIPALITY', 'REGION', 'TOWN', 'ISLAND');

ALTER TABLE "Place" ADD COLUMN "source" "PlaceSource" NOT NULL DEFAULT 'GEONAMES',
ADD COLUMN "kind" "PlaceKind",
ADD COLUMN "adminCode" TEXT,
ADD COLUMN "names" JSONB,
ADD COLUMN "geonamesId" INTEGER,
ADD COLUMN "addedForId" INTEGER,
ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "removedAt" TIMESTAMP(3);

CREATE UNIQUE INDEX "Place_adminCode_key" ON "Place"("adminCode");

ALTER TABLE "Place" ADD CONSTRAINT "Place_addedForId_fkey" FOREIGN KEY ("addedForId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Ids: GeoNames ids are below 20 million today and grow by a few hundred thousand a year. The
-- administrative divisions take 1,900,000,000 to 1,999,999,999 and places added in the registry
-- 2,000,000,001 to 2,147,483,647 (PostgreSQL's integer), so neither can meet a GeoNames id.
CREATE SEQUENCE "Place_registry_id_seq" AS INTEGER START WITH 2000000001 MINVALUE 2000000001 MAXVALUE 2147483647;

ALTER TABLE "Place" ADD CONSTRAINT "Place_id_range" CHECK (
  ("source" = 'GEONAMES' AND "id" < 1900000000)
  OR ("source" = 'ADMIN_DIVISION' AND "id" >= 1900000000 AND "id" < 2000000000)
  OR ("source" = 'REGISTRY' AND "id" > 2000000000)
);

ALTER TABLE "Place" ADD CONSTRAINT "Place_wikidata_id" CHECK ("wikidataId" IS NULL OR "wikidataId" ~ '^Q[1-9][0-9]*$');
