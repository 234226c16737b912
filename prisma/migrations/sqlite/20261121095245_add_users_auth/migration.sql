-- AlterTable
ALTER TABLE "users" ADD COLUMN "lockUntil" DATETIME;
ALTER TABLE "users" ADD COLUMN "loginAttempts" REAL;
ALTER TABLE "users" ADD COLUMN "passwordHash" TEXT;
ALTER TABLE "users" ADD COLUMN "resetPasswordExpiration" DATETIME;
ALTER TABLE "users" ADD COLUMN "resetPasswordTokenHash" TEXT;

-- CreateIndex
CREATE INDEX "users_resetPasswordTokenHash_idx" ON "users"("resetPasswordTokenHash");
