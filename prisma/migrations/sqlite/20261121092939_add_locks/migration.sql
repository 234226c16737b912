-- CreateTable
CREATE TABLE "quire_locks" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "collection" TEXT,
    "documentId" TEXT,
    "globalSlug" TEXT,
    "userCollection" TEXT NOT NULL,
    "userId" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "quire_locks_collection_documentId_idx" ON "quire_locks"("collection", "documentId");

-- CreateIndex
CREATE INDEX "quire_locks_globalSlug_idx" ON "quire_locks"("globalSlug");
