-- AlterTable
ALTER TABLE "media" ADD COLUMN     "focalX" DOUBLE PRECISION,
ADD COLUMN     "focalY" DOUBLE PRECISION,
ADD COLUMN     "sizes_card_filename" TEXT,
ADD COLUMN     "sizes_card_filesize" DOUBLE PRECISION,
ADD COLUMN     "sizes_card_height" DOUBLE PRECISION,
ADD COLUMN     "sizes_card_mimeType" TEXT,
ADD COLUMN     "sizes_card_url" TEXT,
ADD COLUMN     "sizes_card_width" DOUBLE PRECISION,
ADD COLUMN     "sizes_thumbnail_filename" TEXT,
ADD COLUMN     "sizes_thumbnail_filesize" DOUBLE PRECISION,
ADD COLUMN     "sizes_thumbnail_height" DOUBLE PRECISION,
ADD COLUMN     "sizes_thumbnail_mimeType" TEXT,
ADD COLUMN     "sizes_thumbnail_url" TEXT,
ADD COLUMN     "sizes_thumbnail_width" DOUBLE PRECISION;

-- CreateIndex
CREATE INDEX "media_sizes_thumbnail_filename_idx" ON "media"("sizes_thumbnail_filename");

-- CreateIndex
CREATE INDEX "media_sizes_card_filename_idx" ON "media"("sizes_card_filename");
