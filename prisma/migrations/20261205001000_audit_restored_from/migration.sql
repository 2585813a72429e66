-- A restore of an earlier version names the audit event whose version it restored.
ALTER TABLE "AuditEvent" ADD COLUMN "restoredFromId" BIGINT;
