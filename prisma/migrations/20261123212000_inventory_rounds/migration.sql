-- CreateEnum
CREATE TYPE "InventoryRoundStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "InventoryRound" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "deadline" DATE NOT NULL,
    "status" "InventoryRoundStatus" NOT NULL DEFAULT 'OPEN',
    "questions" JSONB NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "snapshot" JSONB,

    CONSTRAINT "InventoryRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InventoryResponse" (
    "roundId" INTEGER NOT NULL,
    "organisationId" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "respondedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InventoryResponse_pkey" PRIMARY KEY ("roundId","organisationId")
);

-- CreateTable
CREATE TABLE "InventoryReminder" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,
    "recipients" INTEGER NOT NULL,

    CONSTRAINT "InventoryReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InventoryRound_status_idx" ON "InventoryRound"("status");

-- CreateIndex
CREATE INDEX "InventoryResponse_organisationId_idx" ON "InventoryResponse"("organisationId");

-- CreateIndex
CREATE INDEX "InventoryReminder_roundId_idx" ON "InventoryReminder"("roundId");

-- AddForeignKey
ALTER TABLE "InventoryResponse" ADD CONSTRAINT "InventoryResponse_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InventoryRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryResponse" ADD CONSTRAINT "InventoryResponse_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryReminder" ADD CONSTRAINT "InventoryReminder_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "InventoryRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: at most one round is open at a time (Prisma cannot express a partial unique index)
CREATE UNIQUE INDEX "InventoryRound_one_open" ON "InventoryRound"("status") WHERE "status" = 'OPEN';
