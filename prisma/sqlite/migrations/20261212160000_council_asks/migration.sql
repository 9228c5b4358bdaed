-- CreateTable
CREATE TABLE "AskSignature" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING_EMAIL',
    "confirmedAt" DATETIME,
    "comment" TEXT,
    "commentStatus" TEXT,
    "commentReviewedAt" DATETIME,
    "commentReviewedById" TEXT,
    "placeSignedNotifiedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AskSignature_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AskSignature_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AskSignature_commentReviewedById_fkey" FOREIGN KEY ("commentReviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AskThresholdLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "threshold" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AskThresholdLog_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AskThresholdLog_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "askSignatureId" TEXT,
    CONSTRAINT "EmailToken_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_eventRegistrationId_fkey" FOREIGN KEY ("eventRegistrationId") REFERENCES "EventRegistration" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_askSignatureId_fkey" FOREIGN KEY ("askSignatureId") REFERENCES "AskSignature" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EmailToken" ("createdAt", "eventRegistrationId", "expiresAt", "id", "pledgeId", "purpose", "tokenHash", "usedAt", "userId") SELECT "createdAt", "eventRegistrationId", "expiresAt", "id", "pledgeId", "purpose", "tokenHash", "usedAt", "userId" FROM "EmailToken";
DROP TABLE "EmailToken";
ALTER TABLE "new_EmailToken" RENAME TO "EmailToken";
CREATE UNIQUE INDEX "EmailToken_tokenHash_key" ON "EmailToken"("tokenHash");
CREATE INDEX "EmailToken_pledgeId_idx" ON "EmailToken"("pledgeId");
CREATE INDEX "EmailToken_userId_idx" ON "EmailToken"("userId");
CREATE INDEX "EmailToken_eventRegistrationId_idx" ON "EmailToken"("eventRegistrationId");
CREATE INDEX "EmailToken_askSignatureId_idx" ON "EmailToken"("askSignatureId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AskSignature_municipalityId_campaignId_status_idx" ON "AskSignature"("municipalityId", "campaignId", "status");

-- CreateIndex
CREATE INDEX "AskSignature_campaignId_status_idx" ON "AskSignature"("campaignId", "status");

-- CreateIndex
CREATE INDEX "AskSignature_commentStatus_status_idx" ON "AskSignature"("commentStatus", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AskSignature_municipalityId_campaignId_email_key" ON "AskSignature"("municipalityId", "campaignId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "AskThresholdLog_municipalityId_campaignId_threshold_key" ON "AskThresholdLog"("municipalityId", "campaignId", "threshold");
