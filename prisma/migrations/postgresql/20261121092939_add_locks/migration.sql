-- CreateTable
CREATE TABLE "quire_locks" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "collection" TEXT,
    "documentId" TEXT,
    "globalSlug" TEXT,
    "userCollection" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "quire_locks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "quire_locks_collection_documentId_idx" ON "quire_locks"("collection", "documentId");

-- CreateIndex
CREATE INDEX "quire_locks_globalSlug_idx" ON "quire_locks"("globalSlug");
