-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Introduction" (
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
    "answeredByPledgeId" TEXT,
    "askerContactSentAt" DATETIME,
    "answererContactSentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Introduction_answeredByPledgeId_fkey" FOREIGN KEY ("answeredByPledgeId") REFERENCES "Pledge" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Introduction_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Introduction_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Introduction_fromMunicipalityId_fkey" FOREIGN KEY ("fromMunicipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Introduction_toMunicipalityId_fkey" FOREIGN KEY ("toMunicipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Introduction_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Introduction" ("answeredAt", "answeredById", "closedAt", "createdAt", "fromMunicipalityId", "id", "message", "openKey", "requesterId", "solutionId", "status", "toMunicipalityId") SELECT "answeredAt", "answeredById", "closedAt", "createdAt", "fromMunicipalityId", "id", "message", "openKey", "requesterId", "solutionId", "status", "toMunicipalityId" FROM "Introduction";
DROP TABLE "Introduction";
ALTER TABLE "new_Introduction" RENAME TO "Introduction";
CREATE UNIQUE INDEX "Introduction_openKey_key" ON "Introduction"("openKey");
CREATE INDEX "Introduction_status_createdAt_idx" ON "Introduction"("status", "createdAt");
CREATE INDEX "Introduction_createdAt_idx" ON "Introduction"("createdAt");
CREATE INDEX "Introduction_requesterId_idx" ON "Introduction"("requesterId");
CREATE INDEX "Introduction_fromMunicipalityId_idx" ON "Introduction"("fromMunicipalityId");
CREATE INDEX "Introduction_toMunicipalityId_idx" ON "Introduction"("toMunicipalityId");
CREATE INDEX "Introduction_answeredByPledgeId_idx" ON "Introduction"("answeredByPledgeId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Accepted before this migration: their contact emails were tried once then, so the job must not send them again
UPDATE "Introduction" SET "askerContactSentAt" = "answeredAt", "answererContactSentAt" = "answeredAt" WHERE "status" = 'ACCEPTED';
