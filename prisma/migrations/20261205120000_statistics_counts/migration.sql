-- The statistics' counts, kept current as rows are written (issue 13): /statistik reads a few
-- thousand counters instead of recounting 100,000 partnerships after every write.
--
-- Each current public partnership contributes a set of keys ("PartnershipStatistics"), one per
-- thing the statistics count it for: its kind and activity, each participating member, each
-- partner country, each cooperation area and so on. "StatisticsCount" holds, per key, how many
-- partnerships have it. A statement that changes anything a partnership's keys depend on
-- recomputes the keys of the partnerships it touched and moves the counters by the difference.
-- lib/stats/registry-statistics.ts reads the counters, and tests/integration/registry-statistics
-- .test.ts checks them against a full recount and against lib/stats/compute.ts.
--
-- The keys, "|"-separated (codes hold no "|"):
--   kind|<kind>|<activity or empty>             the partnership itself
--   member|<organisation id>|<kind>|<activity>  each confirmed participant
--   involving|<kind>|<member kind>              each kind of member taking part
--   country|<country>|<true if twin or partnership>  each partner country (through its place, or the country itself)
--   region|<world region>                       each world region of a twin town or partnership
--   withRegion                                  a twin town or partnership with a partner country
--   area|<area group>|<area>                    each cooperation area (group: OTHER or TWIN_OR_PARTNERSHIP)
--   withAreas|<area group>                      a partnership with at least one area
--   funding|<kind>|<organisation id>|<funding form>  each participant and funding form
--   county|<county>                             each county of the participants
--   group|<kommungrupp or empty>                each kommungrupp of the participating municipalities
--
-- The public rule is lib/partnerships/participation.ts's publicPartnershipSql, spelled out here: a
-- change to that rule needs a migration replacing "statistics_keys" (the integration test fails
-- until it has one). Writers already queue at the "DataVersion" row (its BEFORE triggers), so the
-- counters, moved by AFTER triggers, are never updated by two transactions at once.
--
-- Function bodies are single SQL statements or E'' strings with semicolons written as the octal
-- escape 073: the migration engine splits a migration at every semicolon character.

CREATE TABLE "PartnershipStatistics" (
    -- No foreign key: the keys of a deleted partnership are taken off the counters by its trigger.
    "partnershipId" INTEGER NOT NULL,
    "keys" TEXT[] NOT NULL,
    CONSTRAINT "PartnershipStatistics_pkey" PRIMARY KEY ("partnershipId")
);

CREATE TABLE "StatisticsCount" (
    "key" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    CONSTRAINT "StatisticsCount_pkey" PRIMARY KEY ("key")
);

-- The keys of those of the given partnerships that are current (public and not ended).
CREATE FUNCTION "statistics_keys"(ids INTEGER[]) RETURNS TABLE ("partnershipId" INTEGER, "keys" TEXT[])
LANGUAGE sql STABLE AS $$
  WITH cur AS MATERIALIZED (
    SELECT p."id", p."kind"::text AS kind, COALESCE(p."activityLevel"::text, '') AS activity,
           p."kind" IN ('TWIN_TOWN', 'MUNICIPAL_PARTNERSHIP') AS twin,
           CASE WHEN p."kind" = 'OTHER' THEN 'OTHER' ELSE 'TWIN_OR_PARTNERSHIP' END AS area_group
      FROM "Partnership" p
     WHERE p."id" = ANY (ids) AND p."endedOn" IS NULL AND p."removedAt" IS NULL
       AND (p."verification" = 'VERIFIED' OR p."source" IS NULL OR p."source" NOT LIKE 'Import av %')
       AND EXISTS (SELECT 1 FROM "PartnershipParticipant" pub
                    WHERE pub."partnershipId" = p."id" AND pub."confirmedAt" IS NOT NULL)),
  part AS MATERIALIZED (
    SELECT c.*, o."id" AS org, o."kind"::text AS member_kind, o."countyCode" AS county,
           COALESCE(o."municipalityGroupCode", '') AS municipality_group
      FROM cur c
      JOIN "PartnershipParticipant" pp ON pp."partnershipId" = c."id" AND pp."confirmedAt" IS NOT NULL
      JOIN "Organisation" o ON o."id" = pp."organisationId"),
  countries AS MATERIALIZED (
    SELECT DISTINCT c."id", c.twin, COALESCE(pl."countryCode", x."countryCode") AS code
      FROM cur c
      JOIN "PartnershipPartner" x ON x."partnershipId" = c."id"
      LEFT JOIN "Place" pl ON pl."id" = x."placeId"
     WHERE COALESCE(pl."countryCode", x."countryCode") IS NOT NULL),
  regions AS (
    SELECT DISTINCT x."id", co."worldRegion"::text AS region
      FROM countries x JOIN "Country" co ON co."code" = x.code WHERE x.twin),
  keys AS (
    SELECT c."id", 'kind|' || c.kind || '|' || c.activity AS key FROM cur c
    UNION ALL
    SELECT "id", 'member|' || org || '|' || kind || '|' || activity FROM part
    UNION ALL
    SELECT DISTINCT "id", 'involving|' || kind || '|' || member_kind FROM part
    UNION ALL
    SELECT "id", 'country|' || code || '|' || twin FROM countries
    UNION ALL
    SELECT "id", 'region|' || region FROM regions
    UNION ALL
    SELECT DISTINCT "id", 'withRegion' FROM regions
    UNION ALL
    SELECT c."id", 'area|' || c.area_group || '|' || a."areaCode"
      FROM cur c JOIN "PartnershipArea" a ON a."partnershipId" = c."id"
    UNION ALL
    SELECT c."id", 'withAreas|' || c.area_group
      FROM cur c WHERE EXISTS (SELECT 1 FROM "PartnershipArea" a WHERE a."partnershipId" = c."id")
    UNION ALL
    SELECT part."id", 'funding|' || part.kind || '|' || part.org || '|' || f."fundingFormCode"
      FROM part JOIN "PartnershipFunding" f ON f."partnershipId" = part."id"
    UNION ALL
    SELECT DISTINCT "id", 'county|' || county FROM part
    UNION ALL
    SELECT DISTINCT "id", 'group|' || municipality_group FROM part WHERE member_kind = 'MUNICIPALITY')
  SELECT "id", array_agg(key ORDER BY key) FROM keys GROUP BY "id"
$$;

-- Recomputes the keys of the given partnerships and moves the counters by the difference. One
-- statement: "old" reads the keys as they were before it, and the delete and the upsert touch
-- different rows.
CREATE FUNCTION "statistics_refresh"(ids INTEGER[]) RETURNS void
LANGUAGE sql AS $$
  WITH old AS (
    SELECT s."partnershipId", s."keys" FROM "PartnershipStatistics" s WHERE s."partnershipId" = ANY (ids)),
  fresh AS MATERIALIZED (SELECT * FROM "statistics_keys"(ids)),
  gone AS (
    DELETE FROM "PartnershipStatistics" s
     WHERE s."partnershipId" = ANY (ids)
       AND NOT EXISTS (SELECT 1 FROM fresh WHERE fresh."partnershipId" = s."partnershipId")),
  kept AS (
    INSERT INTO "PartnershipStatistics" ("partnershipId", "keys") SELECT * FROM fresh
    ON CONFLICT ("partnershipId") DO UPDATE SET "keys" = excluded."keys"
     WHERE "PartnershipStatistics"."keys" IS DISTINCT FROM excluded."keys"),
  delta AS (
    SELECT key, SUM(d)::int AS d
      FROM (SELECT unnest("keys") AS key, -1 AS d FROM old
            UNION ALL
            SELECT unnest("keys"), 1 FROM fresh) t
     GROUP BY key HAVING SUM(d) <> 0)
  INSERT INTO "StatisticsCount" ("key", "n")
  SELECT key, d FROM delta ORDER BY key
  ON CONFLICT ("key") DO UPDATE SET "n" = "StatisticsCount"."n" + excluded."n"
$$;

-- Every partnership again, from the data alone: after a TRUNCATE, and to repair counters.
CREATE FUNCTION "statistics_rebuild"() RETURNS void LANGUAGE plpgsql AS
E'BEGIN DELETE FROM "PartnershipStatistics"\073 DELETE FROM "StatisticsCount"\073 PERFORM "statistics_refresh"(ARRAY(SELECT "id" FROM "Partnership"))\073 END\073';

-- Triggers on the partnership's own rows: TG_ARGV[0] names the column holding the partnership's id.
CREATE FUNCTION "statistics_after_insert"() RETURNS trigger LANGUAGE plpgsql AS
E'DECLARE ids INTEGER[]\073 BEGIN
  EXECUTE format(''SELECT array_agg(DISTINCT %I) FROM new_rows'', TG_ARGV[0]) INTO ids\073
  IF ids IS NOT NULL THEN PERFORM "statistics_refresh"(ids)\073 END IF\073
  RETURN NULL\073
END\073';

CREATE FUNCTION "statistics_after_delete"() RETURNS trigger LANGUAGE plpgsql AS
E'DECLARE ids INTEGER[]\073 BEGIN
  EXECUTE format(''SELECT array_agg(DISTINCT %I) FROM old_rows'', TG_ARGV[0]) INTO ids\073
  IF ids IS NOT NULL THEN PERFORM "statistics_refresh"(ids)\073 END IF\073
  RETURN NULL\073
END\073';

CREATE FUNCTION "statistics_after_update"() RETURNS trigger LANGUAGE plpgsql AS
E'DECLARE ids INTEGER[]\073 BEGIN
  EXECUTE format(''SELECT array_agg(DISTINCT x) FROM (SELECT %1$I AS x FROM old_rows UNION ALL SELECT %1$I FROM new_rows) t'', TG_ARGV[0]) INTO ids\073
  IF ids IS NOT NULL THEN PERFORM "statistics_refresh"(ids)\073 END IF\073
  RETURN NULL\073
END\073';

CREATE FUNCTION "statistics_after_truncate"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN PERFORM "statistics_rebuild"()\073 RETURN NULL\073 END\073';

-- Rows the keys read through a partnership's rows: a member's kind, county and kommungrupp, a
-- place's country, a country's world region. Only a change to those moves anything.
CREATE FUNCTION "statistics_after_organisation_update"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN PERFORM "statistics_refresh"(ARRAY(
  SELECT DISTINCT pp."partnershipId"
    FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    JOIN "PartnershipParticipant" pp ON pp."organisationId" = n."id"
   WHERE (o."kind", o."countyCode", o."municipalityGroupCode")
         IS DISTINCT FROM (n."kind", n."countyCode", n."municipalityGroupCode")))\073
  RETURN NULL\073
END\073';

CREATE FUNCTION "statistics_after_place_update"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN PERFORM "statistics_refresh"(ARRAY(
  SELECT DISTINCT x."partnershipId"
    FROM old_rows o JOIN new_rows n ON n."id" = o."id"
    JOIN "PartnershipPartner" x ON x."placeId" = n."id"
   WHERE o."countryCode" IS DISTINCT FROM n."countryCode"))\073
  RETURN NULL\073
END\073';

CREATE FUNCTION "statistics_after_country_update"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN PERFORM "statistics_refresh"(ARRAY(
  SELECT x."partnershipId"
    FROM old_rows o JOIN new_rows n ON n."code" = o."code"
    JOIN "PartnershipPartner" x ON x."countryCode" = n."code"
   WHERE o."worldRegion" IS DISTINCT FROM n."worldRegion"
  UNION
  SELECT x."partnershipId"
    FROM old_rows o JOIN new_rows n ON n."code" = o."code"
    JOIN "Place" pl ON pl."countryCode" = n."code"
    JOIN "PartnershipPartner" x ON x."placeId" = pl."id"
   WHERE o."worldRegion" IS DISTINCT FROM n."worldRegion"))\073
  RETURN NULL\073
END\073';

CREATE TRIGGER "Partnership_statistics_insert" AFTER INSERT ON "Partnership" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_insert"('id');
CREATE TRIGGER "Partnership_statistics_update" AFTER UPDATE ON "Partnership" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_update"('id');
CREATE TRIGGER "Partnership_statistics_delete" AFTER DELETE ON "Partnership" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_delete"('id');
CREATE TRIGGER "Partnership_statistics_truncate" AFTER TRUNCATE ON "Partnership" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_truncate"();

CREATE TRIGGER "PartnershipParticipant_statistics_insert" AFTER INSERT ON "PartnershipParticipant" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_insert"('partnershipId');
CREATE TRIGGER "PartnershipParticipant_statistics_update" AFTER UPDATE ON "PartnershipParticipant" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_update"('partnershipId');
CREATE TRIGGER "PartnershipParticipant_statistics_delete" AFTER DELETE ON "PartnershipParticipant" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_delete"('partnershipId');
CREATE TRIGGER "PartnershipParticipant_statistics_truncate" AFTER TRUNCATE ON "PartnershipParticipant" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_truncate"();

CREATE TRIGGER "PartnershipPartner_statistics_insert" AFTER INSERT ON "PartnershipPartner" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_insert"('partnershipId');
CREATE TRIGGER "PartnershipPartner_statistics_update" AFTER UPDATE ON "PartnershipPartner" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_update"('partnershipId');
CREATE TRIGGER "PartnershipPartner_statistics_delete" AFTER DELETE ON "PartnershipPartner" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_delete"('partnershipId');
CREATE TRIGGER "PartnershipPartner_statistics_truncate" AFTER TRUNCATE ON "PartnershipPartner" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_truncate"();

CREATE TRIGGER "PartnershipArea_statistics_insert" AFTER INSERT ON "PartnershipArea" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_insert"('partnershipId');
CREATE TRIGGER "PartnershipArea_statistics_update" AFTER UPDATE ON "PartnershipArea" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_update"('partnershipId');
CREATE TRIGGER "PartnershipArea_statistics_delete" AFTER DELETE ON "PartnershipArea" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_delete"('partnershipId');
CREATE TRIGGER "PartnershipArea_statistics_truncate" AFTER TRUNCATE ON "PartnershipArea" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_truncate"();

CREATE TRIGGER "PartnershipFunding_statistics_insert" AFTER INSERT ON "PartnershipFunding" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_insert"('partnershipId');
CREATE TRIGGER "PartnershipFunding_statistics_update" AFTER UPDATE ON "PartnershipFunding" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_update"('partnershipId');
CREATE TRIGGER "PartnershipFunding_statistics_delete" AFTER DELETE ON "PartnershipFunding" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_delete"('partnershipId');
CREATE TRIGGER "PartnershipFunding_statistics_truncate" AFTER TRUNCATE ON "PartnershipFunding" FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_truncate"();

CREATE TRIGGER "Organisation_statistics_update" AFTER UPDATE ON "Organisation" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_organisation_update"();
CREATE TRIGGER "Place_statistics_update" AFTER UPDATE ON "Place" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_place_update"();
CREATE TRIGGER "Country_statistics_update" AFTER UPDATE ON "Country" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "statistics_after_country_update"();

SELECT "statistics_rebuild"();
