-- The partner-search board is public output: its tables move the registry's data version too
-- (see 20261205014500_data_version).
CREATE TRIGGER "PartnerRequest_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PartnerRequest" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
CREATE TRIGGER "PartnerRequestInterest_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PartnerRequestInterest" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"();
