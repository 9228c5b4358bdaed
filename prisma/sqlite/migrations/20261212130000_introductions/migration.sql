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
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "introductionId" TEXT,
    CONSTRAINT "EmailToken_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_eventRegistrationId_fkey" FOREIGN KEY ("eventRegistrationId") REFERENCES "EventRegistration" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_introductionId_fkey" FOREIGN KEY ("introductionId") REFERENCES "Introduction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_EmailToken" ("createdAt", "eventRegistrationId", "expiresAt", "id", "pledgeId", "purpose", "tokenHash", "usedAt", "userId") SELECT "createdAt", "eventRegistrationId", "expiresAt", "id", "pledgeId", "purpose", "tokenHash", "usedAt", "userId" FROM "EmailToken";
DROP TABLE "EmailToken";
ALTER TABLE "new_EmailToken" RENAME TO "EmailToken";
CREATE UNIQUE INDEX "EmailToken_tokenHash_key" ON "EmailToken"("tokenHash");
CREATE INDEX "EmailToken_pledgeId_idx" ON "EmailToken"("pledgeId");
CREATE INDEX "EmailToken_userId_idx" ON "EmailToken"("userId");
CREATE INDEX "EmailToken_eventRegistrationId_idx" ON "EmailToken"("eventRegistrationId");
CREATE INDEX "EmailToken_introductionId_idx" ON "EmailToken"("introductionId");
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
