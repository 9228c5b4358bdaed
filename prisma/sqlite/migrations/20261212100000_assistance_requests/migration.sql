-- CreateTable
CREATE TABLE "AssistanceRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "assigneeId" TEXT,
    "awaitingStaffSince" DATETIME,
    "firstAnsweredAt" DATETIME,
    "lastActivityAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AssistanceRequest_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssistanceRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssistanceRequest_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssistanceMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT,
    "fromStaff" BOOLEAN NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssistanceMessage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AssistanceRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssistanceMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AssistanceRequest_status_createdAt_idx" ON "AssistanceRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AssistanceRequest_municipalityId_lastActivityAt_idx" ON "AssistanceRequest"("municipalityId", "lastActivityAt");

-- CreateIndex
CREATE INDEX "AssistanceRequest_requesterId_createdAt_idx" ON "AssistanceRequest"("requesterId", "createdAt");

-- CreateIndex
CREATE INDEX "AssistanceMessage_requestId_createdAt_idx" ON "AssistanceMessage"("requestId", "createdAt");
