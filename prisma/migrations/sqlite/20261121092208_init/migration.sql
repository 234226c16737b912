-- CreateTable
CREATE TABLE "users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT,
    "email" TEXT,
    "role" TEXT
);

-- CreateTable
CREATE TABLE "media" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "alt" TEXT,
    "caption" TEXT,
    "filename" TEXT,
    "mimeType" TEXT,
    "filesize" REAL,
    "width" REAL,
    "height" REAL,
    "url" TEXT
);

-- CreateTable
CREATE TABLE "categories" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT,
    "slug" TEXT,
    "description" TEXT
);

-- CreateTable
CREATE TABLE "posts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "title" TEXT,
    "slug" TEXT,
    "excerpt" TEXT,
    "content" JSONB,
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

-- CreateTable
CREATE TABLE "posts_tags" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "parent__id" INTEGER NOT NULL,
    "order__index" INTEGER NOT NULL,
    "categories" INTEGER,
    CONSTRAINT "posts_tags_parent__id_fkey" FOREIGN KEY ("parent__id") REFERENCES "posts" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "posts_tags_categories_fkey" FOREIGN KEY ("categories") REFERENCES "categories" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "posts_related" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "parent__id" INTEGER NOT NULL,
    "order__index" INTEGER NOT NULL,
    "posts" INTEGER,
    "categories" INTEGER,
    CONSTRAINT "posts_related_parent__id_fkey" FOREIGN KEY ("parent__id") REFERENCES "posts" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "posts_related_posts_fkey" FOREIGN KEY ("posts") REFERENCES "posts" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "posts_related_categories_fkey" FOREIGN KEY ("categories") REFERENCES "categories" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "posts_links" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "parent__id" INTEGER NOT NULL,
    "order__index" INTEGER NOT NULL,
    "label" TEXT,
    "url" TEXT,
    CONSTRAINT "posts_links_parent__id_fkey" FOREIGN KEY ("parent__id") REFERENCES "posts" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "posts_links_attributes" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "parent__id" TEXT NOT NULL,
    "order__index" INTEGER NOT NULL,
    "name" TEXT,
    "value" TEXT,
    CONSTRAINT "posts_links_attributes_parent__id_fkey" FOREIGN KEY ("parent__id") REFERENCES "posts_links" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "posts_flavours" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "parent__id" INTEGER NOT NULL,
    "order__index" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    CONSTRAINT "posts_flavours_parent__id_fkey" FOREIGN KEY ("parent__id") REFERENCES "posts" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "header" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tagline" TEXT
);

-- CreateTable
CREATE TABLE "header_nav" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "parent__id" INTEGER NOT NULL,
    "order__index" INTEGER NOT NULL,
    "label" TEXT,
    "url" TEXT,
    CONSTRAINT "header_nav_parent__id_fkey" FOREIGN KEY ("parent__id") REFERENCES "header" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_createdAt_idx" ON "users"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "media_filename_key" ON "media"("filename");

-- CreateIndex
CREATE INDEX "media_createdAt_idx" ON "media"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "categories_name_key" ON "categories"("name");

-- CreateIndex
CREATE UNIQUE INDEX "categories_slug_key" ON "categories"("slug");

-- CreateIndex
CREATE INDEX "categories_createdAt_idx" ON "categories"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "posts_slug_key" ON "posts"("slug");

-- CreateIndex
CREATE INDEX "posts_createdAt_idx" ON "posts"("createdAt");

-- CreateIndex
CREATE INDEX "posts_status_idx" ON "posts"("status");

-- CreateIndex
CREATE INDEX "posts_author_idx" ON "posts"("author");

-- CreateIndex
CREATE INDEX "posts_category_idx" ON "posts"("category");

-- CreateIndex
CREATE INDEX "posts_heroImage_idx" ON "posts"("heroImage");

-- CreateIndex
CREATE INDEX "posts_tags_parent__id_order__index_idx" ON "posts_tags"("parent__id", "order__index");

-- CreateIndex
CREATE INDEX "posts_tags_categories_idx" ON "posts_tags"("categories");

-- CreateIndex
CREATE INDEX "posts_related_parent__id_order__index_idx" ON "posts_related"("parent__id", "order__index");

-- CreateIndex
CREATE INDEX "posts_related_posts_idx" ON "posts_related"("posts");

-- CreateIndex
CREATE INDEX "posts_related_categories_idx" ON "posts_related"("categories");

-- CreateIndex
CREATE INDEX "posts_links_parent__id_order__index_idx" ON "posts_links"("parent__id", "order__index");

-- CreateIndex
CREATE INDEX "posts_links_attributes_parent__id_order__index_idx" ON "posts_links_attributes"("parent__id", "order__index");

-- CreateIndex
CREATE INDEX "posts_flavours_parent__id_order__index_idx" ON "posts_flavours"("parent__id", "order__index");

-- CreateIndex
CREATE INDEX "header_createdAt_idx" ON "header"("createdAt");

-- CreateIndex
CREATE INDEX "header_nav_parent__id_order__index_idx" ON "header_nav"("parent__id", "order__index");
