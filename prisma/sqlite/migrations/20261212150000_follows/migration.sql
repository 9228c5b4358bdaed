-- CreateTable
CREATE TABLE "Follower" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Follow" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "followerId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "confirmedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Follow_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "Follower" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Follow_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FollowEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "key" TEXT,
    "happenedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FollowEvent_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FollowNotice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "followId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "digestId" TEXT,
    CONSTRAINT "FollowNotice_followId_fkey" FOREIGN KEY ("followId") REFERENCES "Follow" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowNotice_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "FollowEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FollowNotice_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "FollowDigest" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FollowDigest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "followerId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FollowDigest_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "Follower" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_EmailToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "pledgeId" TEXT,
    "userId" TEXT,
    "eventRegistrationId" TEXT,
    "followId" TEXT,
    "followerId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EmailToken_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_eventRegistrationId_fkey" FOREIGN KEY ("eventRegistrationId") REFERENCES "EventRegistration" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_followId_fkey" FOREIGN KEY ("followId") REFERENCES "Follow" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "Follower" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EmailToken" ("createdAt", "eventRegistrationId", "expiresAt", "id", "pledgeId", "purpose", "tokenHash", "usedAt", "userId") SELECT "createdAt", "eventRegistrationId", "expiresAt", "id", "pledgeId", "purpose", "tokenHash", "usedAt", "userId" FROM "EmailToken";
DROP TABLE "EmailToken";
ALTER TABLE "new_EmailToken" RENAME TO "EmailToken";
CREATE UNIQUE INDEX "EmailToken_tokenHash_key" ON "EmailToken"("tokenHash");
CREATE INDEX "EmailToken_pledgeId_idx" ON "EmailToken"("pledgeId");
CREATE INDEX "EmailToken_userId_idx" ON "EmailToken"("userId");
CREATE INDEX "EmailToken_eventRegistrationId_idx" ON "EmailToken"("eventRegistrationId");
CREATE INDEX "EmailToken_followId_idx" ON "EmailToken"("followId");
CREATE INDEX "EmailToken_followerId_idx" ON "EmailToken"("followerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Follower_email_key" ON "Follower"("email");

-- CreateIndex
CREATE INDEX "Follow_municipalityId_confirmedAt_idx" ON "Follow"("municipalityId", "confirmedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_followerId_municipalityId_key" ON "Follow"("followerId", "municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowEvent_key_key" ON "FollowEvent"("key");

-- CreateIndex
CREATE INDEX "FollowEvent_municipalityId_happenedAt_idx" ON "FollowEvent"("municipalityId", "happenedAt");

-- CreateIndex
CREATE INDEX "FollowNotice_digestId_idx" ON "FollowNotice"("digestId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowNotice_followId_eventId_key" ON "FollowNotice"("followId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowDigest_followerId_day_key" ON "FollowDigest"("followerId", "day");
