-- AlterTable
ALTER TABLE "quire_sessions" ADD COLUMN "previousIdExpiresAt" DATETIME;
ALTER TABLE "quire_sessions" ADD COLUMN "previousIdHash" TEXT;
ALTER TABLE "quire_sessions" ADD COLUMN "userAgent" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "quire_sessions_previousIdHash_key" ON "quire_sessions"("previousIdHash");
