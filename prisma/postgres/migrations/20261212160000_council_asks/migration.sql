-- CreateEnum
CREATE TYPE "AskSignatureStatus" AS ENUM ('PENDING_EMAIL', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "AskCommentStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterEnum
ALTER TYPE "TokenPurpose" ADD VALUE 'CONFIRM_ASK';

-- AlterTable
ALTER TABLE "EmailToken" ADD COLUMN     "askSignatureId" TEXT;

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
CREATE INDEX "EmailToken_askSignatureId_idx" ON "EmailToken"("askSignatureId");

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_askSignatureId_fkey" FOREIGN KEY ("askSignatureId") REFERENCES "AskSignature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

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
