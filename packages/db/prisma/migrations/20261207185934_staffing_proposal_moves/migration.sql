-- CreateTable
CREATE TABLE "StaffingProposalMove" (
    "jobId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "personId" TEXT NOT NULL,
    "personName" TEXT NOT NULL,
    "fromDepartmentId" TEXT,
    "toDepartmentId" TEXT NOT NULL,
    "gain" DOUBLE PRECISION NOT NULL,
    "before" JSONB,
    "after" JSONB NOT NULL,
    "version" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffingProposalMove_pkey" PRIMARY KEY ("jobId","rank")
);

-- AddForeignKey
ALTER TABLE "StaffingProposalMove" ADD CONSTRAINT "StaffingProposalMove_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "StaffingProposalJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;
