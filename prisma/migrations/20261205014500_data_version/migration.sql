-- The registry's data version: one counter row, moved in the same transaction as every write to
-- a table that public pages, the API or the downloads read, so "has anything changed" is one
-- indexed read instead of table scans (lib/cache/data-version-cache.ts). Statement-level triggers, so
-- no write path can forget it: Prisma, raw SQL, COPY (restore) and the seed all fire them.
-- BEFORE, so each statement takes the counter's row lock before any row lock of its own, and two
-- writers queue at the counter instead of deadlocking over rows taken in different orders.
-- Tables only signed-in pages read (users, assignments, sign-in attempts, invitations, reminders)
-- do not move it. A new table that public output reads needs the same trigger
-- (tests/integration/data-version.test.ts lists every table without it).
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    -- Differs between databases, so a version number of one database is never taken for another's.
    "epoch" TEXT NOT NULL DEFAULT md5(random()::text || clock_timestamp()::text),
    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DataVersion_one_row" CHECK ("id" = 1)
);

INSERT INTO "DataVersion" ("id", "version") VALUES (1, 1);

-- The body is an E'' string whose semicolons are written as the octal escape 073: the migration
-- engine splits a migration at every semicolon character, even inside a function body.
CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1\073 RETURN NULL\073 END\073';

CREATE TRIGGER "County_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "County" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "MunicipalityGroup_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "MunicipalityGroup" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "EuOffice_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EuOffice" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "EuOfficeCounty_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EuOfficeCounty" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "Organisation_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Organisation" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "HonoraryConsul_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "HonoraryConsul" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "Country_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Country" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "IcldEligibility_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IcldEligibility" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "Place_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Place" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "AdminDivision_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AdminDivision" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "Network_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Network" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "Partnership_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Partnership" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "PartnershipParticipant_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PartnershipParticipant" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "PartnershipPartner_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PartnershipPartner" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "CooperationArea_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "CooperationArea" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "PartnershipArea_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PartnershipArea" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "FundingForm_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "FundingForm" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "PartnershipFunding_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PartnershipFunding" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "PolicyDocument_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PolicyDocument" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "PolicyResponsibility_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PolicyResponsibility" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "AuditEvent_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "InventoryRound_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "InventoryRound" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "InventoryResponse_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "InventoryResponse" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
