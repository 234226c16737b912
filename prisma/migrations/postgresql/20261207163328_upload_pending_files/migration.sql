-- CreateTable
CREATE TABLE "quire_upload_pending" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "collection" TEXT NOT NULL,
    "filename" TEXT NOT NULL,

    CONSTRAINT "quire_upload_pending_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "quire_upload_pending_collection_filename_key" ON "quire_upload_pending"("collection", "filename");
