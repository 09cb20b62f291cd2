-- CreateTable
CREATE TABLE "SignOff" (
    "id" TEXT NOT NULL,
    "staffMemberId" TEXT NOT NULL,
    "positionId" TEXT,
    "profileId" TEXT,
    "requirementKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "comment" TEXT NOT NULL DEFAULT '',
    "override" BOOLEAN NOT NULL DEFAULT false,
    "overrideReason" TEXT,
    "percent" DOUBLE PRECISION NOT NULL,
    "signedOffById" TEXT,
    "signedOffAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokeReason" TEXT,

    CONSTRAINT "SignOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffAssessment" (
    "id" TEXT NOT NULL,
    "staffMemberId" TEXT NOT NULL,
    "kind" "RequirementKind" NOT NULL,
    "subject" TEXT NOT NULL,
    "value" INTEGER,
    "cefr" TEXT,
    "expiresAt" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "assessedById" TEXT,
    "assessedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoverageSnapshot" (
    "id" TEXT NOT NULL,
    "weekOf" DATE NOT NULL,
    "segmentId" TEXT NOT NULL,
    "departments" INTEGER NOT NULL,
    "targetHeadcount" INTEGER NOT NULL,
    "signedOff" INTEGER NOT NULL,
    "readyForReview" INTEGER NOT NULL,
    "onboarding" INTEGER NOT NULL,
    "staff" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoverageSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReadinessSnapshot" (
    "id" TEXT NOT NULL,
    "weekOf" DATE NOT NULL,
    "departmentId" TEXT NOT NULL,
    "notStarted" INTEGER NOT NULL,
    "inProgress" INTEGER NOT NULL,
    "readyForReview" INTEGER NOT NULL,
    "signedOff" INTEGER NOT NULL,
    "lapsed" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadinessSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SignOff_staffMemberId_signedOffAt_idx" ON "SignOff"("staffMemberId", "signedOffAt");

-- CreateIndex
CREATE INDEX "SignOff_signedOffAt_idx" ON "SignOff"("signedOffAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffAssessment_staffMemberId_kind_subject_key" ON "StaffAssessment"("staffMemberId", "kind", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "CoverageSnapshot_weekOf_segmentId_key" ON "CoverageSnapshot"("weekOf", "segmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ReadinessSnapshot_weekOf_departmentId_key" ON "ReadinessSnapshot"("weekOf", "departmentId");

-- AddForeignKey
ALTER TABLE "SignOff" ADD CONSTRAINT "SignOff_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignOff" ADD CONSTRAINT "SignOff_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignOff" ADD CONSTRAINT "SignOff_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "HiringProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignOff" ADD CONSTRAINT "SignOff_signedOffById_fkey" FOREIGN KEY ("signedOffById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignOff" ADD CONSTRAINT "SignOff_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssessment" ADD CONSTRAINT "StaffAssessment_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffAssessment" ADD CONSTRAINT "StaffAssessment_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverageSnapshot" ADD CONSTRAINT "CoverageSnapshot_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "CustomerSegment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReadinessSnapshot" ADD CONSTRAINT "ReadinessSnapshot_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: at most one sign-off in force per person, an override always says why, values in range.
CREATE UNIQUE INDEX "SignOff_one_in_force" ON "SignOff"("staffMemberId") WHERE "revokedAt" IS NULL;
ALTER TABLE "SignOff" ADD CONSTRAINT "SignOff_override_has_reason"
  CHECK (NOT "override" OR length(btrim(coalesce("overrideReason", ''))) > 0);
ALTER TABLE "SignOff" ADD CONSTRAINT "SignOff_percent_range" CHECK ("percent" >= 0 AND "percent" <= 100);
ALTER TABLE "SignOff" ADD CONSTRAINT "SignOff_revocation_complete"
  CHECK (("revokedAt" IS NULL) = ("revokeReason" IS NULL));
ALTER TABLE "StaffAssessment" ADD CONSTRAINT "StaffAssessment_kind_values" CHECK (
  ("kind" = 'EXPERIENCE' AND "subject" = '' AND "value" >= 0 AND "value" <= 60) OR
  ("kind" = 'CRITERION' AND "subject" <> '' AND "value" BETWEEN 1 AND 5) OR
  ("kind" = 'LANGUAGE' AND "subject" <> '' AND "cefr" IN ('A1','A2','B1','B2','C1','C2')) OR
  ("kind" = 'CERTIFICATION' AND "subject" <> '' AND "value" IN (0, 1))
);
