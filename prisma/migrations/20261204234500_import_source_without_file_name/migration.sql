-- An imported partnership's source becomes public once the row is confirmed, so it no longer
-- names the uploaded file (the review note keeps the name for the reviewer).
UPDATE "Partnership"
   SET "source" = regexp_replace("source", '^Import av .* \(SHA-256 ([0-9a-f]{12})\)', 'Import av fil med SHA-256 \1')
 WHERE "source" LIKE 'Import av %' AND "source" LIKE '%(SHA-256 %';
