-- AlterTable
ALTER TABLE "CourseItem" ADD COLUMN     "sourceStoryId" TEXT;

-- CreateIndex
CREATE INDEX "CourseItem_sourceStoryId_idx" ON "CourseItem"("sourceStoryId");

-- AddForeignKey
ALTER TABLE "CourseItem" ADD CONSTRAINT "CourseItem_sourceStoryId_fkey" FOREIGN KEY ("sourceStoryId") REFERENCES "ServiceStory"("id") ON DELETE SET NULL ON UPDATE CASCADE;
