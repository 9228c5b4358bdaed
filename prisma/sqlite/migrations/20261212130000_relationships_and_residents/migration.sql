-- Brokered introductions and willing-to-talk implementations (decision 0021), peer groups (0022), following a
-- place (0023) and residents' asks (0024), in one migration: written on four branches, their SQLite table rebuilds
-- each dropped the columns the others added to EmailToken, so they were made again from the merged schema.
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

-- CreateTable
CREATE TABLE "Introduction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requesterId" TEXT NOT NULL,
    "fromMunicipalityId" TEXT NOT NULL,
    "toMunicipalityId" TEXT NOT NULL,
    "solutionId" TEXT,
    "message" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'REQUESTED',
    "openKey" TEXT,
    "answeredById" TEXT,
    "answeredAt" DATETIME,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Introduction_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Introduction_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Introduction_fromMunicipalityId_fkey" FOREIGN KEY ("fromMunicipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Introduction_toMunicipalityId_fkey" FOREIGN KEY ("toMunicipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Introduction_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PeerGroup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "topic" TEXT,
    "states" TEXT NOT NULL DEFAULT '',
    "facilitatorId" TEXT,
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PeerGroup_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PeerGroupMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "requestedById" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PeerGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "PeerGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PeerGroupMember_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PeerGroupMember_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PeerGroupMember_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PeerGroupMeeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "place" TEXT,
    "notes" TEXT,
    "notesPublishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PeerGroupMeeting_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "PeerGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PeerGroupDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "groupId" TEXT NOT NULL,
    "uploadId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "addedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PeerGroupDocument_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "PeerGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PeerGroupDocument_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "Upload" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PeerGroupDocument_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

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
    "askSignatureId" TEXT,
    "introductionId" TEXT,
    CONSTRAINT "EmailToken_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_eventRegistrationId_fkey" FOREIGN KEY ("eventRegistrationId") REFERENCES "EventRegistration" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_askSignatureId_fkey" FOREIGN KEY ("askSignatureId") REFERENCES "AskSignature" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_introductionId_fkey" FOREIGN KEY ("introductionId") REFERENCES "Introduction" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
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
CREATE INDEX "EmailToken_askSignatureId_idx" ON "EmailToken"("askSignatureId");
CREATE INDEX "EmailToken_introductionId_idx" ON "EmailToken"("introductionId");
CREATE INDEX "EmailToken_followId_idx" ON "EmailToken"("followId");
CREATE INDEX "EmailToken_followerId_idx" ON "EmailToken"("followerId");
CREATE TABLE "new_SolutionImplementation" (
    "solutionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "year" INTEGER,
    "note" TEXT,
    "willingToTalk" BOOLEAN NOT NULL DEFAULT false,

    PRIMARY KEY ("solutionId", "municipalityId"),
    CONSTRAINT "SolutionImplementation_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SolutionImplementation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SolutionImplementation" ("municipalityId", "note", "solutionId", "year") SELECT "municipalityId", "note", "solutionId", "year" FROM "SolutionImplementation";
DROP TABLE "SolutionImplementation";
ALTER TABLE "new_SolutionImplementation" RENAME TO "SolutionImplementation";
CREATE INDEX "SolutionImplementation_municipalityId_idx" ON "SolutionImplementation"("municipalityId");
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

-- CreateIndex
CREATE UNIQUE INDEX "Introduction_openKey_key" ON "Introduction"("openKey");

-- CreateIndex
CREATE INDEX "Introduction_status_createdAt_idx" ON "Introduction"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Introduction_createdAt_idx" ON "Introduction"("createdAt");

-- CreateIndex
CREATE INDEX "Introduction_requesterId_idx" ON "Introduction"("requesterId");

-- CreateIndex
CREATE INDEX "Introduction_fromMunicipalityId_idx" ON "Introduction"("fromMunicipalityId");

-- CreateIndex
CREATE INDEX "Introduction_toMunicipalityId_idx" ON "Introduction"("toMunicipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "PeerGroup_slug_key" ON "PeerGroup"("slug");

-- CreateIndex
CREATE INDEX "PeerGroup_endsOn_idx" ON "PeerGroup"("endsOn");

-- CreateIndex
CREATE INDEX "PeerGroupMember_municipalityId_idx" ON "PeerGroupMember"("municipalityId");

-- CreateIndex
CREATE INDEX "PeerGroupMember_status_createdAt_idx" ON "PeerGroupMember"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PeerGroupMember_groupId_municipalityId_key" ON "PeerGroupMember"("groupId", "municipalityId");

-- CreateIndex
CREATE INDEX "PeerGroupMeeting_groupId_startsAt_idx" ON "PeerGroupMeeting"("groupId", "startsAt");

-- CreateIndex
CREATE INDEX "PeerGroupDocument_groupId_createdAt_idx" ON "PeerGroupDocument"("groupId", "createdAt");

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
