-- CreateEnum
CREATE TYPE "RequirementKind" AS ENUM ('EXPERTISE', 'EXPERIENCE', 'LANGUAGE', 'CERTIFICATION', 'CRITERION');

-- CreateEnum
CREATE TYPE "CandidateStage" AS ENUM ('APPLIED', 'SCREENING', 'INTERVIEW', 'OFFER', 'HIRED', 'REJECTED', 'WITHDRAWN');

-- CreateTable
CREATE TABLE "HiringProfile" (
    "id" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HiringProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileRequirement" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "kind" "RequirementKind" NOT NULL,
    "weight" INTEGER NOT NULL,
    "mustHave" BOOLEAN NOT NULL DEFAULT false,
    "segmentId" TEXT,
    "level" INTEGER,
    "years" INTEGER,
    "language" TEXT,
    "cefr" TEXT,
    "certification" TEXT,
    "criterion" TEXT,
    "rating" INTEGER,

    CONSTRAINT "ProfileRequirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidate" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT NOT NULL DEFAULT '',
    "customerFacingYears" INTEGER NOT NULL DEFAULT 0,
    "source" TEXT NOT NULL DEFAULT '',
    "notes" TEXT NOT NULL DEFAULT '',
    "anonymizedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateLanguage" (
    "candidateId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "cefr" TEXT NOT NULL,

    CONSTRAINT "CandidateLanguage_pkey" PRIMARY KEY ("candidateId","language")
);

-- CreateTable
CREATE TABLE "CandidateCertification" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "expiresAt" DATE,

    CONSTRAINT "CandidateCertification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidateExpertise" (
    "candidateId" TEXT NOT NULL,
    "segmentId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,

    CONSTRAINT "CandidateExpertise_pkey" PRIMARY KEY ("candidateId","segmentId")
);

-- CreateTable
CREATE TABLE "CandidateCv" (
    "candidateId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "content" BYTEA NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CandidateCv_pkey" PRIMARY KEY ("candidateId")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "candidateId" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "stage" "CandidateStage" NOT NULL DEFAULT 'APPLIED',
    "rejectionReason" TEXT,
    "stageChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hiredStaffMemberId" TEXT,
    "hiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageChange" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "fromStage" "CandidateStage",
    "toStage" "CandidateStage" NOT NULL,
    "reason" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scorecard" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "interviewerId" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scorecard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScorecardRating" (
    "scorecardId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ScorecardRating_pkey" PRIMARY KEY ("scorecardId","requirementId")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "HiringProfile_positionId_version_key" ON "HiringProfile"("positionId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileRequirement_profileId_sortOrder_key" ON "ProfileRequirement"("profileId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Candidate_email_key" ON "Candidate"("email");

-- CreateIndex
CREATE INDEX "Candidate_name_idx" ON "Candidate"("name");

-- CreateIndex
CREATE INDEX "Candidate_anonymizedAt_idx" ON "Candidate"("anonymizedAt");

-- CreateIndex
CREATE INDEX "CandidateCertification_candidateId_idx" ON "CandidateCertification"("candidateId");

-- CreateIndex
CREATE UNIQUE INDEX "Application_hiredStaffMemberId_key" ON "Application"("hiredStaffMemberId");

-- CreateIndex
CREATE INDEX "Application_positionId_stage_idx" ON "Application"("positionId", "stage");

-- CreateIndex
CREATE UNIQUE INDEX "Application_candidateId_positionId_key" ON "Application"("candidateId", "positionId");

-- CreateIndex
CREATE INDEX "StageChange_applicationId_createdAt_idx" ON "StageChange"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Scorecard_applicationId_interviewerId_key" ON "Scorecard"("applicationId", "interviewerId");

-- AddForeignKey
ALTER TABLE "HiringProfile" ADD CONSTRAINT "HiringProfile_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HiringProfile" ADD CONSTRAINT "HiringProfile_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileRequirement" ADD CONSTRAINT "ProfileRequirement_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "HiringProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileRequirement" ADD CONSTRAINT "ProfileRequirement_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "CustomerSegment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateLanguage" ADD CONSTRAINT "CandidateLanguage_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateCertification" ADD CONSTRAINT "CandidateCertification_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateExpertise" ADD CONSTRAINT "CandidateExpertise_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateExpertise" ADD CONSTRAINT "CandidateExpertise_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "CustomerSegment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidateCv" ADD CONSTRAINT "CandidateCv_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "HiringProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_hiredStaffMemberId_fkey" FOREIGN KEY ("hiredStaffMemberId") REFERENCES "StaffMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageChange" ADD CONSTRAINT "StageChange_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageChange" ADD CONSTRAINT "StageChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Scorecard" ADD CONSTRAINT "Scorecard_interviewerId_fkey" FOREIGN KEY ("interviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardRating" ADD CONSTRAINT "ScorecardRating_scorecardId_fkey" FOREIGN KEY ("scorecardId") REFERENCES "Scorecard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScorecardRating" ADD CONSTRAINT "ScorecardRating_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "ProfileRequirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: each requirement kind carries exactly its own target, in range.
ALTER TABLE "ProfileRequirement" ADD CONSTRAINT "ProfileRequirement_weight_positive" CHECK ("weight" BETWEEN 1 AND 100);
ALTER TABLE "ProfileRequirement" ADD CONSTRAINT "ProfileRequirement_target_by_kind" CHECK (
  CASE "kind"
    WHEN 'EXPERTISE' THEN "segmentId" IS NOT NULL AND "level" BETWEEN 1 AND 4
    WHEN 'EXPERIENCE' THEN "years" BETWEEN 1 AND 60
    WHEN 'LANGUAGE' THEN "language" ~ '^[a-z]{2}$' AND "cefr" IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')
    WHEN 'CERTIFICATION' THEN length(btrim("certification")) > 0
    WHEN 'CRITERION' THEN length(btrim("criterion")) > 0 AND "rating" BETWEEN 1 AND 5
  END
);
ALTER TABLE "HiringProfile" ADD CONSTRAINT "HiringProfile_version_positive" CHECK ("version" >= 1);
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_email_lowercase" CHECK ("email" = lower("email"));
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_years_range" CHECK ("customerFacingYears" BETWEEN 0 AND 60);
ALTER TABLE "CandidateLanguage" ADD CONSTRAINT "CandidateLanguage_cefr" CHECK ("cefr" IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2'));
ALTER TABLE "CandidateExpertise" ADD CONSTRAINT "CandidateExpertise_level_range" CHECK ("level" BETWEEN 0 AND 4);
ALTER TABLE "CandidateCv" ADD CONSTRAINT "CandidateCv_size" CHECK ("size" > 0 AND "size" = octet_length("content"));
ALTER TABLE "ScorecardRating" ADD CONSTRAINT "ScorecardRating_range" CHECK ("rating" BETWEEN 1 AND 5);
-- A rejection always says why.
ALTER TABLE "Application" ADD CONSTRAINT "Application_rejection_reason" CHECK ("stage" <> 'REJECTED' OR length(btrim(coalesce("rejectionReason", ''))) > 0);
-- Hired exactly when a staff member was created for it (SetNull on staff deletion keeps hiredAt as the record).
ALTER TABLE "Application" ADD CONSTRAINT "Application_hired_has_time" CHECK (("stage" = 'HIRED') = ("hiredAt" IS NOT NULL));
