-- AlterTable
ALTER TABLE "media" ADD COLUMN "focalX" REAL;
ALTER TABLE "media" ADD COLUMN "focalY" REAL;
ALTER TABLE "media" ADD COLUMN "sizes_card_filename" TEXT;
ALTER TABLE "media" ADD COLUMN "sizes_card_filesize" REAL;
ALTER TABLE "media" ADD COLUMN "sizes_card_height" REAL;
ALTER TABLE "media" ADD COLUMN "sizes_card_mimeType" TEXT;
ALTER TABLE "media" ADD COLUMN "sizes_card_url" TEXT;
ALTER TABLE "media" ADD COLUMN "sizes_card_width" REAL;
ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_filename" TEXT;
ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_filesize" REAL;
ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_height" REAL;
ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_mimeType" TEXT;
ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_url" TEXT;
ALTER TABLE "media" ADD COLUMN "sizes_thumbnail_width" REAL;

-- CreateIndex
CREATE INDEX "media_sizes_thumbnail_filename_idx" ON "media"("sizes_thumbnail_filename");

-- CreateIndex
CREATE INDEX "media_sizes_card_filename_idx" ON "media"("sizes_card_filename");
