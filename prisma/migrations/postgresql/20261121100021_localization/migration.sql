-- Localization: posts' title, excerpt and content and the header's nav labels get one column
-- per locale. Edited by hand from the generated diff (which drops the old columns and adds new
-- ones): the existing values are kept as the default locale's (en) by renaming the columns.

-- AlterTable
ALTER TABLE "posts" RENAME COLUMN "content" TO "content_en";
ALTER TABLE "posts" RENAME COLUMN "excerpt" TO "excerpt_en";
ALTER TABLE "posts" RENAME COLUMN "title" TO "title_en";
ALTER TABLE "posts" ADD COLUMN     "content_zh" JSONB,
ADD COLUMN     "excerpt_zh" TEXT,
ADD COLUMN     "title_zh" TEXT;

-- AlterTable
ALTER TABLE "header_nav" RENAME COLUMN "label" TO "label_en";
ALTER TABLE "header_nav" ADD COLUMN     "label_zh" TEXT;
