-- CreateEnum
CREATE TYPE "FollowEventKind" AS ENUM ('PLEDGE_SIGNED', 'PLEDGE_WITHDRAWN', 'REPORT_VERIFIED', 'TARGET_SET', 'BADGE_EARNED', 'STAGE_OVERDUE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TokenPurpose" ADD VALUE 'CONFIRM_FOLLOW';
ALTER TYPE "TokenPurpose" ADD VALUE 'FOLLOW_UNSUBSCRIBE';
ALTER TYPE "TokenPurpose" ADD VALUE 'FOLLOW_MANAGE';

-- AlterTable
ALTER TABLE "EmailToken" ADD COLUMN     "followId" TEXT,
ADD COLUMN     "followerId" TEXT;

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
CREATE INDEX "EmailToken_followId_idx" ON "EmailToken"("followId");

-- CreateIndex
CREATE INDEX "EmailToken_followerId_idx" ON "EmailToken"("followerId");

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_followId_fkey" FOREIGN KEY ("followId") REFERENCES "Follow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "Follower"("id") ON DELETE CASCADE ON UPDATE CASCADE;

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
