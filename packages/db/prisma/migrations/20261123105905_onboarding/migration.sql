-- CreateEnum
CREATE TYPE "CourseVersionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "CourseItemKind" AS ENUM ('LESSON', 'SCENARIO', 'QUIZ');

-- CreateEnum
CREATE TYPE "EnrolmentSource" AS ENUM ('RULE', 'MANUAL');

-- CreateTable
CREATE TABLE "Course" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseVersion" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "CourseVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "outcomeSegmentId" TEXT,
    "outcomeLevel" INTEGER,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CourseVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseModule" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "CourseModule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseItem" (
    "id" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "kind" "CourseItemKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "durationMinutes" INTEGER NOT NULL DEFAULT 5,
    "content" JSONB,

    CONSTRAINT "CourseItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseRule" (
    "id" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "departmentId" TEXT,
    "positionId" TEXT,
    "segmentId" TEXT,
    "dueDays" INTEGER NOT NULL,
    "recertifyMonths" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "CourseRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Enrolment" (
    "id" TEXT NOT NULL,
    "staffMemberId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "source" "EnrolmentSource" NOT NULL,
    "ruleId" TEXT,
    "enrolledById" TEXT,
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3),
    "recertifyMonths" INTEGER,
    "lastItemId" TEXT,
    "passedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemProgress" (
    "enrolmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "responseId" TEXT,
    "completedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemProgress_pkey" PRIMARY KEY ("enrolmentId","itemId")
);

-- CreateTable
CREATE TABLE "QuizAttempt" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "seed" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadlineAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "answers" JSONB,
    "correctCount" INTEGER,
    "total" INTEGER,
    "passed" BOOLEAN,
    "expired" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "QuizAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "enrolmentId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "verificationCode" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3),
    "grantedSegmentId" TEXT,
    "grantedLevel" INTEGER,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_CourseSegments" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CourseSegments_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_CourseDepartments" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CourseDepartments_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_CoursePositions" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_CoursePositions_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Course_archived_title_idx" ON "Course"("archived", "title");

-- CreateIndex
CREATE INDEX "CourseVersion_courseId_status_idx" ON "CourseVersion"("courseId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CourseVersion_courseId_version_key" ON "CourseVersion"("courseId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "CourseModule_versionId_sortOrder_key" ON "CourseModule"("versionId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "CourseItem_moduleId_sortOrder_key" ON "CourseItem"("moduleId", "sortOrder");

-- CreateIndex
CREATE INDEX "CourseRule_courseId_idx" ON "CourseRule"("courseId");

-- CreateIndex
CREATE INDEX "Enrolment_courseId_idx" ON "Enrolment"("courseId");

-- CreateIndex
CREATE INDEX "Enrolment_dueAt_idx" ON "Enrolment"("dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_staffMemberId_courseId_key" ON "Enrolment"("staffMemberId", "courseId");

-- CreateIndex
CREATE INDEX "QuizAttempt_itemId_submittedAt_idx" ON "QuizAttempt"("itemId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "QuizAttempt_enrolmentId_itemId_number_key" ON "QuizAttempt"("enrolmentId", "itemId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_verificationCode_key" ON "Certificate"("verificationCode");

-- CreateIndex
CREATE INDEX "Certificate_enrolmentId_issuedAt_idx" ON "Certificate"("enrolmentId", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "_CourseSegments_B_index" ON "_CourseSegments"("B");

-- CreateIndex
CREATE INDEX "_CourseDepartments_B_index" ON "_CourseDepartments"("B");

-- CreateIndex
CREATE INDEX "_CoursePositions_B_index" ON "_CoursePositions"("B");

-- AddForeignKey
ALTER TABLE "CourseVersion" ADD CONSTRAINT "CourseVersion_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseVersion" ADD CONSTRAINT "CourseVersion_outcomeSegmentId_fkey" FOREIGN KEY ("outcomeSegmentId") REFERENCES "CustomerSegment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseModule" ADD CONSTRAINT "CourseModule_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CourseVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseItem" ADD CONSTRAINT "CourseItem_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "CourseModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseRule" ADD CONSTRAINT "CourseRule_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseRule" ADD CONSTRAINT "CourseRule_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseRule" ADD CONSTRAINT "CourseRule_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseRule" ADD CONSTRAINT "CourseRule_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "CustomerSegment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CourseVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "CourseRule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_enrolledById_fkey" FOREIGN KEY ("enrolledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemProgress" ADD CONSTRAINT "ItemProgress_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemProgress" ADD CONSTRAINT "ItemProgress_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CourseItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CourseItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "CourseVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CourseSegments" ADD CONSTRAINT "_CourseSegments_A_fkey" FOREIGN KEY ("A") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CourseSegments" ADD CONSTRAINT "_CourseSegments_B_fkey" FOREIGN KEY ("B") REFERENCES "CustomerSegment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CourseDepartments" ADD CONSTRAINT "_CourseDepartments_A_fkey" FOREIGN KEY ("A") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CourseDepartments" ADD CONSTRAINT "_CourseDepartments_B_fkey" FOREIGN KEY ("B") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CoursePositions" ADD CONSTRAINT "_CoursePositions_A_fkey" FOREIGN KEY ("A") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_CoursePositions" ADD CONSTRAINT "_CoursePositions_B_fkey" FOREIGN KEY ("B") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: ranges and shapes the application relies on.
ALTER TABLE "CourseVersion" ADD CONSTRAINT "CourseVersion_version_positive" CHECK ("version" >= 1);
ALTER TABLE "CourseVersion" ADD CONSTRAINT "CourseVersion_outcome" CHECK (
  ("outcomeSegmentId" IS NULL AND "outcomeLevel" IS NULL) OR ("outcomeSegmentId" IS NOT NULL AND "outcomeLevel" BETWEEN 1 AND 4)
);
ALTER TABLE "CourseVersion" ADD CONSTRAINT "CourseVersion_published_at" CHECK (("status" = 'DRAFT') = ("publishedAt" IS NULL));
-- At most one published version per course at a time.
CREATE UNIQUE INDEX "CourseVersion_one_published" ON "CourseVersion" ("courseId") WHERE "status" = 'PUBLISHED';
-- At most one draft per course: editors work on the same next version.
CREATE UNIQUE INDEX "CourseVersion_one_draft" ON "CourseVersion" ("courseId") WHERE "status" = 'DRAFT';
ALTER TABLE "CourseItem" ADD CONSTRAINT "CourseItem_duration" CHECK ("durationMinutes" BETWEEN 0 AND 600);
ALTER TABLE "CourseItem" ADD CONSTRAINT "CourseItem_content_by_kind" CHECK (("kind" = 'LESSON') = ("content" IS NULL));
ALTER TABLE "CourseRule" ADD CONSTRAINT "CourseRule_one_target" CHECK (num_nonnulls("departmentId", "positionId", "segmentId") = 1);
ALTER TABLE "CourseRule" ADD CONSTRAINT "CourseRule_due_days" CHECK ("dueDays" BETWEEN 0 AND 3650);
ALTER TABLE "CourseRule" ADD CONSTRAINT "CourseRule_recertify" CHECK ("recertifyMonths" IS NULL OR "recertifyMonths" BETWEEN 1 AND 120);
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_recertify" CHECK ("recertifyMonths" IS NULL OR "recertifyMonths" BETWEEN 1 AND 120);
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_number_positive" CHECK ("number" >= 1);
ALTER TABLE "QuizAttempt" ADD CONSTRAINT "QuizAttempt_graded_when_submitted" CHECK (("submittedAt" IS NULL) = ("passed" IS NULL));
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_granted" CHECK (
  ("grantedSegmentId" IS NULL AND "grantedLevel" IS NULL) OR ("grantedSegmentId" IS NOT NULL AND "grantedLevel" BETWEEN 1 AND 4)
);
