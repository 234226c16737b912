-- AlterTable
ALTER TABLE "media" ADD COLUMN "uploadedBy" TEXT;

-- CreateIndex
CREATE INDEX "media_uploadedBy_idx" ON "media"("uploadedBy");
