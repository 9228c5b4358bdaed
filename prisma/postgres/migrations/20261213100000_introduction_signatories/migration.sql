-- AlterTable
ALTER TABLE "Introduction" ADD COLUMN     "answeredByPledgeId" TEXT,
ADD COLUMN     "answererContactSentAt" TIMESTAMP(3),
ADD COLUMN     "askerContactSentAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Introduction_answeredByPledgeId_idx" ON "Introduction"("answeredByPledgeId");

-- AddForeignKey
ALTER TABLE "Introduction" ADD CONSTRAINT "Introduction_answeredByPledgeId_fkey" FOREIGN KEY ("answeredByPledgeId") REFERENCES "Pledge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Accepted before this migration: their contact emails were tried once then, so the job must not send them again
UPDATE "Introduction" SET "askerContactSentAt" = "answeredAt", "answererContactSentAt" = "answeredAt" WHERE "status" = 'ACCEPTED';
