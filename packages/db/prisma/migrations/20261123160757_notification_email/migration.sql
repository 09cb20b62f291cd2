-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailClaimedAt" TIMESTAMP(3),
ADD COLUMN     "emailedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Notification_emailedAt_createdAt_idx" ON "Notification"("emailedAt", "createdAt");
