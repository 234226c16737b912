-- CreateTable
CREATE TABLE "quire_upload_pending" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "collection" TEXT NOT NULL,
    "filename" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "quire_upload_pending_collection_filename_key" ON "quire_upload_pending"("collection", "filename");
