-- Names sort the Swedish way (a before å, ä, ö, which come last) in every ORDER BY, whatever
-- the server's default collation (the embedded database is C.UTF-8, which puts Ä before Å).
-- ICU's Swedish collation is deterministic, so equality, unique indexes and LIKE work as before.
ALTER TABLE "County" ALTER COLUMN "name" TYPE TEXT COLLATE "sv-x-icu", ALTER COLUMN "shortName" TYPE TEXT COLLATE "sv-x-icu";
ALTER TABLE "MunicipalityGroup" ALTER COLUMN "name" TYPE TEXT COLLATE "sv-x-icu";
ALTER TABLE "Organisation" ALTER COLUMN "name" TYPE TEXT COLLATE "sv-x-icu", ALTER COLUMN "shortName" TYPE TEXT COLLATE "sv-x-icu";
ALTER TABLE "Country" ALTER COLUMN "nameSv" TYPE TEXT COLLATE "sv-x-icu";
ALTER TABLE "Network" ALTER COLUMN "name" TYPE TEXT COLLATE "sv-x-icu";
ALTER TABLE "CooperationArea" ALTER COLUMN "nameSv" TYPE TEXT COLLATE "sv-x-icu";
ALTER TABLE "FundingForm" ALTER COLUMN "nameSv" TYPE TEXT COLLATE "sv-x-icu";
ALTER TABLE "User" ALTER COLUMN "name" TYPE TEXT COLLATE "sv-x-icu";
