-- CreateTable
CREATE TABLE "quire_sessions" (
    "id" SERIAL NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idHash" TEXT NOT NULL,
    "userCollection" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "absoluteExpiresAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "quire_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "quire_sessions_userCollection_userId_idx" ON "quire_sessions"("userCollection", "userId");

-- CreateIndex
CREATE INDEX "quire_sessions_expiresAt_idx" ON "quire_sessions"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "quire_sessions_idHash_key" ON "quire_sessions"("idHash");
