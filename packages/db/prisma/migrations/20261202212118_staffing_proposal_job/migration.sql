-- CreateEnum
CREATE TYPE "StaffingJobStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "StaffingProposalJob" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "status" "StaffingJobStatus" NOT NULL DEFAULT 'RUNNING',
    "phase" TEXT NOT NULL DEFAULT 'loading',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "result" TEXT,
    "error" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "StaffingProposalJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StaffingProposalJob_ownerId_status_idx" ON "StaffingProposalJob"("ownerId", "status");

-- CreateIndex
CREATE INDEX "StaffingProposalJob_status_heartbeatAt_idx" ON "StaffingProposalJob"("status", "heartbeatAt");

-- CreateIndex
CREATE INDEX "StaffingProposalJob_finishedAt_idx" ON "StaffingProposalJob"("finishedAt");

-- AddForeignKey
ALTER TABLE "StaffingProposalJob" ADD CONSTRAINT "StaffingProposalJob_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: progress is a fraction of the whole job.
ALTER TABLE "StaffingProposalJob" ADD CONSTRAINT "StaffingProposalJob_progress_check" CHECK ("progress" >= 0 AND "progress" <= 1);
