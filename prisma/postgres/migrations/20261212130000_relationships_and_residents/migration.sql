-- CreateEnum
CREATE TYPE "AskSignatureStatus" AS ENUM ('PENDING_EMAIL', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "AskCommentStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "IntroductionStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'DECLINED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "PeerGroupKind" AS ENUM ('REGIONAL', 'TOPIC');

-- CreateEnum
CREATE TYPE "GroupMembershipStatus" AS ENUM ('REQUESTED', 'APPROVED', 'DECLINED');

-- CreateEnum
CREATE TYPE "FollowEventKind" AS ENUM ('PLEDGE_SIGNED', 'PLEDGE_WITHDRAWN', 'REPORT_VERIFIED', 'TARGET_SET', 'BADGE_EARNED', 'STAGE_OVERDUE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TokenPurpose" ADD VALUE 'CONFIRM_ASK';
ALTER TYPE "TokenPurpose" ADD VALUE 'ANSWER_INTRODUCTION';
ALTER TYPE "TokenPurpose" ADD VALUE 'CONFIRM_FOLLOW';
ALTER TYPE "TokenPurpose" ADD VALUE 'FOLLOW_UNSUBSCRIBE';
ALTER TYPE "TokenPurpose" ADD VALUE 'FOLLOW_MANAGE';

-- AlterTable
ALTER TABLE "EmailToken" ADD COLUMN     "askSignatureId" TEXT,
ADD COLUMN     "followId" TEXT,
ADD COLUMN     "followerId" TEXT,
ADD COLUMN     "introductionId" TEXT;

-- AlterTable
ALTER TABLE "SolutionImplementation" ADD COLUMN     "willingToTalk" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AskSignature" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "status" "AskSignatureStatus" NOT NULL DEFAULT 'PENDING_EMAIL',
    "confirmedAt" TIMESTAMP(3),
    "comment" TEXT,
    "commentStatus" "AskCommentStatus",
    "commentReviewedAt" TIMESTAMP(3),
    "commentReviewedById" TEXT,
    "placeSignedNotifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AskSignature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AskThresholdLog" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "threshold" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AskThresholdLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Introduction" (
    "id" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "fromMunicipalityId" TEXT NOT NULL,
    "toMunicipalityId" TEXT NOT NULL,
    "solutionId" TEXT,
    "message" TEXT NOT NULL,
    "status" "IntroductionStatus" NOT NULL DEFAULT 'REQUESTED',
    "openKey" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Introduction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerGroup" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "PeerGroupKind" NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "topic" TEXT,
    "states" TEXT NOT NULL DEFAULT '',
    "facilitatorId" TEXT,
    "startsOn" TIMESTAMP(3) NOT NULL,
    "endsOn" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PeerGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerGroupMember" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "status" "GroupMembershipStatus" NOT NULL,
    "requestedById" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PeerGroupMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerGroupMeeting" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "place" TEXT,
    "notes" TEXT,
    "notesPublishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PeerGroupMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerGroupDocument" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "uploadId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PeerGroupDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Follower" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follower_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Follow" (
    "id" TEXT NOT NULL,
    "followerId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowEvent" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "kind" "FollowEventKind" NOT NULL,
    "summary" TEXT NOT NULL,
    "key" TEXT,
    "happenedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowNotice" (
    "id" TEXT NOT NULL,
    "followId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "digestId" TEXT,

    CONSTRAINT "FollowNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowDigest" (
    "id" TEXT NOT NULL,
    "followerId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowDigest_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "EmailToken_askSignatureId_idx" ON "EmailToken"("askSignatureId");

-- CreateIndex
CREATE INDEX "EmailToken_introductionId_idx" ON "EmailToken"("introductionId");

-- CreateIndex
CREATE INDEX "EmailToken_followId_idx" ON "EmailToken"("followId");

-- CreateIndex
CREATE INDEX "EmailToken_followerId_idx" ON "EmailToken"("followerId");

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_askSignatureId_fkey" FOREIGN KEY ("askSignatureId") REFERENCES "AskSignature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_introductionId_fkey" FOREIGN KEY ("introductionId") REFERENCES "Introduction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_followId_fkey" FOREIGN KEY ("followId") REFERENCES "Follow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "Follower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AskSignature" ADD CONSTRAINT "AskSignature_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AskSignature" ADD CONSTRAINT "AskSignature_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AskSignature" ADD CONSTRAINT "AskSignature_commentReviewedById_fkey" FOREIGN KEY ("commentReviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AskThresholdLog" ADD CONSTRAINT "AskThresholdLog_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AskThresholdLog" ADD CONSTRAINT "AskThresholdLog_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_fromMunicipalityId_fkey" FOREIGN KEY ("fromMunicipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_toMunicipalityId_fkey" FOREIGN KEY ("toMunicipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroup" ADD CONSTRAINT "PeerGroup_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroupMember" ADD CONSTRAINT "PeerGroupMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "PeerGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroupMember" ADD CONSTRAINT "PeerGroupMember_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroupMember" ADD CONSTRAINT "PeerGroupMember_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroupMember" ADD CONSTRAINT "PeerGroupMember_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroupMeeting" ADD CONSTRAINT "PeerGroupMeeting_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "PeerGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroupDocument" ADD CONSTRAINT "PeerGroupDocument_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "PeerGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroupDocument" ADD CONSTRAINT "PeerGroupDocument_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "Upload"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerGroupDocument" ADD CONSTRAINT "PeerGroupDocument_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "Follower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowEvent" ADD CONSTRAINT "FollowEvent_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowNotice" ADD CONSTRAINT "FollowNotice_followId_fkey" FOREIGN KEY ("followId") REFERENCES "Follow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowNotice" ADD CONSTRAINT "FollowNotice_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "FollowEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowNotice" ADD CONSTRAINT "FollowNotice_digestId_fkey" FOREIGN KEY ("digestId") REFERENCES "FollowDigest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowDigest" ADD CONSTRAINT "FollowDigest_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "Follower"("id") ON DELETE CASCADE ON UPDATE CASCADE;
