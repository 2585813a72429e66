-- Issue 16: a town abroad that is in no gazetteer is added by the public partner-search form as a
-- registry place awaiting approval. It is found nowhere public until an administrator approves the
-- request that names it. Only places added in the registry can wait for approval.
ALTER TABLE "Place" ADD COLUMN "awaitingApproval" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "Place" ADD CONSTRAINT "Place_awaiting_registry" CHECK (NOT "awaitingApproval" OR "source" = 'REGISTRY');
