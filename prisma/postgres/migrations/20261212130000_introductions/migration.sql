-- CreateEnum
CREATE TYPE "IntroductionStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'DECLINED', 'EXPIRED');

-- AlterEnum
ALTER TYPE "TokenPurpose" ADD VALUE 'ANSWER_INTRODUCTION';

-- AlterTable
ALTER TABLE "EmailToken" ADD COLUMN     "introductionId" TEXT;

-- AlterTable
ALTER TABLE "SolutionImplementation" ADD COLUMN     "willingToTalk" BOOLEAN NOT NULL DEFAULT false;

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
CREATE INDEX "EmailToken_introductionId_idx" ON "EmailToken"("introductionId");

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_introductionId_fkey" FOREIGN KEY ("introductionId") REFERENCES "Introduction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

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
