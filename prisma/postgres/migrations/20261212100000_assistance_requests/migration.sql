-- CreateEnum
CREATE TYPE "AssistanceTopic" AS ENUM ('INVENTORY', 'HAZARDS_VULNERABILITY', 'TARGET', 'PLANS', 'FUNDING', 'REPORTING', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactPreference" AS ENUM ('EMAIL', 'VIDEO_CALL');

-- CreateEnum
CREATE TYPE "AssistanceStatus" AS ENUM ('NEW', 'ASSIGNED', 'WAITING_ON_MEMBER', 'CLOSED');

-- CreateTable
CREATE TABLE "AssistanceRequest" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "topic" "AssistanceTopic" NOT NULL,
    "question" TEXT NOT NULL,
    "contact" "ContactPreference" NOT NULL,
    "status" "AssistanceStatus" NOT NULL DEFAULT 'NEW',
    "assigneeId" TEXT,
    "awaitingStaffSince" TIMESTAMP(3),
    "firstAnsweredAt" TIMESTAMP(3),
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssistanceRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssistanceMessage" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT,
    "fromStaff" BOOLEAN NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssistanceMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AssistanceRequest_status_createdAt_idx" ON "AssistanceRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AssistanceRequest_municipalityId_lastActivityAt_idx" ON "AssistanceRequest"("municipalityId", "lastActivityAt");

-- CreateIndex
CREATE INDEX "AssistanceRequest_requesterId_createdAt_idx" ON "AssistanceRequest"("requesterId", "createdAt");

-- CreateIndex
CREATE INDEX "AssistanceMessage_requestId_createdAt_idx" ON "AssistanceMessage"("requestId", "createdAt");

-- AddForeignKey
ALTER TABLE "AssistanceRequest" ADD CONSTRAINT "AssistanceRequest_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceRequest" ADD CONSTRAINT "AssistanceRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceRequest" ADD CONSTRAINT "AssistanceRequest_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceMessage" ADD CONSTRAINT "AssistanceMessage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AssistanceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceMessage" ADD CONSTRAINT "AssistanceMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
