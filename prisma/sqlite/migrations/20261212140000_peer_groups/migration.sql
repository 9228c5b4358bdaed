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
