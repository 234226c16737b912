-- Localization: posts' title, excerpt and content and the header's nav labels get one column
-- per locale. Edited by hand from the generated diff: the copies into the rebuilt tables carry
-- the existing values over as the default locale's (en) instead of dropping them.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_posts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "title_en" TEXT,
    "title_zh" TEXT,
    "slug" TEXT,
    "excerpt_en" TEXT,
    "excerpt_zh" TEXT,
    "content_en" JSONB,
    "content_zh" JSONB,
    "status" TEXT,
    "publishedAt" DATETIME,
    "views" REAL,
    "featured" BOOLEAN,
    "author" INTEGER,
    "category" INTEGER,
    "heroImage" INTEGER,
    "meta_title" TEXT,
    "meta_description" TEXT,
    "location" JSONB,
    "settings" JSONB,
    CONSTRAINT "posts_author_fkey" FOREIGN KEY ("author") REFERENCES "users" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "posts_category_fkey" FOREIGN KEY ("category") REFERENCES "categories" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "posts_heroImage_fkey" FOREIGN KEY ("heroImage") REFERENCES "media" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_posts" ("author", "category", "createdAt", "featured", "heroImage", "id", "location", "meta_description", "meta_title", "publishedAt", "settings", "slug", "status", "updatedAt", "views", "title_en", "excerpt_en", "content_en") SELECT "author", "category", "createdAt", "featured", "heroImage", "id", "location", "meta_description", "meta_title", "publishedAt", "settings", "slug", "status", "updatedAt", "views", "title", "excerpt", "content" FROM "posts";
DROP TABLE "posts";
ALTER TABLE "new_posts" RENAME TO "posts";
CREATE UNIQUE INDEX "posts_slug_key" ON "posts"("slug");
CREATE INDEX "posts_createdAt_idx" ON "posts"("createdAt");
CREATE INDEX "posts_status_idx" ON "posts"("status");
CREATE INDEX "posts_author_idx" ON "posts"("author");
CREATE INDEX "posts_category_idx" ON "posts"("category");
CREATE INDEX "posts_heroImage_idx" ON "posts"("heroImage");
CREATE TABLE "new_header_nav" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "parent__id" INTEGER NOT NULL,
    "order__index" INTEGER NOT NULL,
    "label_en" TEXT,
    "label_zh" TEXT,
    "url" TEXT,
    CONSTRAINT "header_nav_parent__id_fkey" FOREIGN KEY ("parent__id") REFERENCES "header" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_header_nav" ("id", "order__index", "parent__id", "url", "label_en") SELECT "id", "order__index", "parent__id", "url", "label" FROM "header_nav";
DROP TABLE "header_nav";
ALTER TABLE "new_header_nav" RENAME TO "header_nav";
CREATE INDEX "header_nav_parent__id_order__index_idx" ON "header_nav"("parent__id", "order__index");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
