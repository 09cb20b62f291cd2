-- CreateEnum
CREATE TYPE "FeedbackKind" AS ENUM ('NEED', 'COMPLAINT', 'SUGGESTION', 'PRAISE', 'COMPETITOR');

-- CreateEnum
CREATE TYPE "FeedbackStatus" AS ENUM ('NEW', 'ACKNOWLEDGED', 'PLANNED', 'DONE', 'WONT_DO');

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL,
    "segmentId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" "FeedbackKind" NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "text" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "version" INTEGER NOT NULL DEFAULT 1,
    "status" "FeedbackStatus" NOT NULL DEFAULT 'NEW',
    "reply" TEXT NOT NULL DEFAULT '',
    "respondedById" TEXT,
    "respondedAt" TIMESTAMP(3),
    "responseVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackRevision" (
    "id" TEXT NOT NULL,
    "feedbackId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" "FeedbackKind" NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "text" TEXT NOT NULL,
    "editedById" TEXT NOT NULL,
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackWeek" (
    "id" TEXT NOT NULL,
    "weekOf" DATE NOT NULL,
    "segmentId" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "need" INTEGER NOT NULL,
    "complaint" INTEGER NOT NULL,
    "suggestion" INTEGER NOT NULL,
    "praise" INTEGER NOT NULL,
    "competitor" INTEGER NOT NULL,
    "tagCounts" JSONB NOT NULL DEFAULT '{}',
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackWeek_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Feedback_segmentId_createdAt_idx" ON "Feedback"("segmentId", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_authorId_createdAt_idx" ON "Feedback"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_status_createdAt_idx" ON "Feedback"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Feedback_tags_idx" ON "Feedback" USING GIN ("tags");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackRevision_feedbackId_version_key" ON "FeedbackRevision"("feedbackId", "version");

-- CreateIndex
CREATE INDEX "FeedbackWeek_segmentId_weekOf_idx" ON "FeedbackWeek"("segmentId", "weekOf");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackWeek_weekOf_segmentId_key" ON "FeedbackWeek"("weekOf", "segmentId");

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "CustomerSegment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_respondedById_fkey" FOREIGN KEY ("respondedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackRevision" ADD CONSTRAINT "FeedbackRevision_feedbackId_fkey" FOREIGN KEY ("feedbackId") REFERENCES "Feedback"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackRevision" ADD CONSTRAINT "FeedbackRevision_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackWeek" ADD CONSTRAINT "FeedbackWeek_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "CustomerSegment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the rules the validators apply hold for every route, and feedback is never deleted (issue 18:
-- items are closed, DONE or WONT_DO; every edit keeps the version it replaced).
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_tags_max" CHECK (cardinality("tags") <= 10);
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_text_present" CHECK (btrim("text") <> '');
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_versions_positive" CHECK ("version" >= 1 AND "responseVersion" >= 0);
ALTER TABLE "FeedbackWeek" ADD CONSTRAINT "FeedbackWeek_weekOf_monday" CHECK (extract(isodow FROM "weekOf") = 1);

CREATE FUNCTION "feedback_never_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'feedback is never deleted (close it instead)' USING ERRCODE = 'restrict_violation';
END;
$$;
CREATE TRIGGER "Feedback_never_deleted" BEFORE DELETE ON "Feedback"
  FOR EACH ROW EXECUTE FUNCTION "feedback_never_deleted"();
CREATE TRIGGER "FeedbackRevision_never_deleted" BEFORE DELETE ON "FeedbackRevision"
  FOR EACH ROW EXECUTE FUNCTION "feedback_never_deleted"();
