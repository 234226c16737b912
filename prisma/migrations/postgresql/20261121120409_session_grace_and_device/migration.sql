-- AlterTable
ALTER TABLE "quire_sessions" ADD COLUMN     "previousIdExpiresAt" TIMESTAMP(3),
ADD COLUMN     "previousIdHash" TEXT,
ADD COLUMN     "userAgent" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "quire_sessions_previousIdHash_key" ON "quire_sessions"("previousIdHash");
