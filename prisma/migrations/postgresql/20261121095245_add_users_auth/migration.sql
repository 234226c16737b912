-- AlterTable
ALTER TABLE "users" ADD COLUMN     "lockUntil" TIMESTAMP(3),
ADD COLUMN     "loginAttempts" DOUBLE PRECISION,
ADD COLUMN     "passwordHash" TEXT,
ADD COLUMN     "resetPasswordExpiration" TIMESTAMP(3),
ADD COLUMN     "resetPasswordTokenHash" TEXT;

-- CreateIndex
CREATE INDEX "users_resetPasswordTokenHash_idx" ON "users"("resetPasswordTokenHash");
