-- Official member names that the reference file had wrong (prisma/seed/organisations.ts NAME_CORRECTIONS)
UPDATE "Organisation" SET "name" = 'Region Gotland' WHERE "code" = '0980' AND "name" = 'Gotlands kommun';
UPDATE "Organisation" SET "name" = 'Överkalix kommun' WHERE "code" = '2513' AND "name" = 'Överkalixs kommun';
UPDATE "Organisation" SET "name" = 'Kalix kommun' WHERE "code" = '2514' AND "name" = 'Kalixs kommun';
