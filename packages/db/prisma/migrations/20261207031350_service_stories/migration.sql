-- CreateEnum
CREATE TYPE "StoryStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'RETURNED', 'DECLINED');

-- CreateTable
CREATE TABLE "ServiceStory" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "segmentId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "situation" TEXT NOT NULL DEFAULT '',
    "action" TEXT NOT NULL DEFAULT '',
    "outcome" TEXT NOT NULL DEFAULT '',
    "lesson" TEXT NOT NULL DEFAULT '',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "language" TEXT NOT NULL,
    "showAuthorName" BOOLEAN NOT NULL DEFAULT false,
    "status" "StoryStatus" NOT NULL DEFAULT 'DRAFT',
    "moderationComment" TEXT,
    "moderatorId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "moderatedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceStory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoryUseful" (
    "storyId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoryUseful_pkey" PRIMARY KEY ("storyId","userId")
);

-- CreateTable
CREATE TABLE "StoryComment" (
    "id" TEXT NOT NULL,
    "storyId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoryComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceStory_status_publishedAt_idx" ON "ServiceStory"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "ServiceStory_authorId_updatedAt_idx" ON "ServiceStory"("authorId", "updatedAt");

-- CreateIndex
CREATE INDEX "ServiceStory_segmentId_status_idx" ON "ServiceStory"("segmentId", "status");

-- CreateIndex
CREATE INDEX "ServiceStory_departmentId_status_idx" ON "ServiceStory"("departmentId", "status");

-- CreateIndex
CREATE INDEX "StoryUseful_userId_idx" ON "StoryUseful"("userId");

-- CreateIndex
CREATE INDEX "StoryComment_storyId_createdAt_idx" ON "StoryComment"("storyId", "createdAt");

-- AddForeignKey
ALTER TABLE "ServiceStory" ADD CONSTRAINT "ServiceStory_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceStory" ADD CONSTRAINT "ServiceStory_moderatorId_fkey" FOREIGN KEY ("moderatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceStory" ADD CONSTRAINT "ServiceStory_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "CustomerSegment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceStory" ADD CONSTRAINT "ServiceStory_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryUseful" ADD CONSTRAINT "StoryUseful_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "ServiceStory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryUseful" ADD CONSTRAINT "StoryUseful_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryComment" ADD CONSTRAINT "StoryComment_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "ServiceStory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoryComment" ADD CONSTRAINT "StoryComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: full-text search in each story's own language.
-- The text-search configuration of a portal locale (Tagalog has no built-in one: `simple`). The literals are
-- parsed to regconfig constants, so the function is truly immutable and may be used in a generated column.
CREATE FUNCTION story_search_config(language text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE language
    WHEN 'en' THEN 'english'::regconfig
    WHEN 'sv' THEN 'swedish'::regconfig
    WHEN 'da' THEN 'danish'::regconfig
    WHEN 'fr' THEN 'french'::regconfig
    WHEN 'el' THEN 'greek'::regconfig
    ELSE 'simple'::regconfig
  END;

-- Title weighs more than the body; PostgreSQL keeps the vector current on every insert and update.
ALTER TABLE "ServiceStory" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(story_search_config("language"), "title"), 'A') ||
  setweight(to_tsvector(story_search_config("language"), "lesson"), 'B') ||
  setweight(to_tsvector(story_search_config("language"), "situation" || ' ' || "action" || ' ' || "outcome"), 'C')
) STORED;
CREATE INDEX "ServiceStory_searchVector_idx" ON "ServiceStory" USING GIN ("searchVector");
-- The tag filter (`tag = ANY(tags)` is written as `tags @> ARRAY[tag]` to use it).
CREATE INDEX "ServiceStory_tags_idx" ON "ServiceStory" USING GIN ("tags");

ALTER TABLE "ServiceStory" ADD CONSTRAINT "ServiceStory_language_check"
  CHECK ("language" IN ('en', 'sv', 'el', 'fr', 'tl', 'da'));
