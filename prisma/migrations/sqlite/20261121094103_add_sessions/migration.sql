-- CreateTable
CREATE TABLE "quire_sessions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "idHash" TEXT NOT NULL,
    "userCollection" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "absoluteExpiresAt" DATETIME NOT NULL,
    "lastUsedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "quire_sessions_userCollection_userId_idx" ON "quire_sessions"("userCollection", "userId");

-- CreateIndex
CREATE INDEX "quire_sessions_expiresAt_idx" ON "quire_sessions"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "quire_sessions_idHash_key" ON "quire_sessions"("idHash");
