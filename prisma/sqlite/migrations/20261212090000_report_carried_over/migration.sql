-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ClimateAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "pillar" TEXT NOT NULL,
    "sector" TEXT,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "url" TEXT,
    "adoptedAt" DATETIME,
    "origin" TEXT NOT NULL DEFAULT 'ENTERED',
    CONSTRAINT "ClimateAction_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ClimateAction" ("adoptedAt", "id", "kind", "pillar", "reportId", "sector", "status", "title", "url") SELECT "adoptedAt", "id", "kind", "pillar", "reportId", "sector", "status", "title", "url" FROM "ClimateAction";
DROP TABLE "ClimateAction";
ALTER TABLE "new_ClimateAction" RENAME TO "ClimateAction";
CREATE INDEX "ClimateAction_reportId_idx" ON "ClimateAction"("reportId");
CREATE TABLE "new_HazardAssessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "hazard" TEXT NOT NULL,
    "riskLevel" TEXT NOT NULL,
    "expectedImpact" TEXT NOT NULL,
    "vulnerableGroups" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'ENTERED',
    CONSTRAINT "HazardAssessment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_HazardAssessment" ("expectedImpact", "hazard", "id", "reportId", "riskLevel", "vulnerableGroups") SELECT "expectedImpact", "hazard", "id", "reportId", "riskLevel", "vulnerableGroups" FROM "HazardAssessment";
DROP TABLE "HazardAssessment";
ALTER TABLE "new_HazardAssessment" RENAME TO "HazardAssessment";
CREATE INDEX "HazardAssessment_reportId_idx" ON "HazardAssessment"("reportId");
CREATE INDEX "HazardAssessment_hazard_idx" ON "HazardAssessment"("hazard");
CREATE TABLE "new_InventoryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "scope" INTEGER NOT NULL,
    "emissions" REAL,
    "notationKey" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'ENTERED',
    CONSTRAINT "InventoryEntry_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_InventoryEntry" ("emissions", "id", "notationKey", "reportId", "scope", "sector") SELECT "emissions", "id", "notationKey", "reportId", "scope", "sector" FROM "InventoryEntry";
DROP TABLE "InventoryEntry";
ALTER TABLE "new_InventoryEntry" RENAME TO "InventoryEntry";
CREATE UNIQUE INDEX "InventoryEntry_reportId_sector_scope_key" ON "InventoryEntry"("reportId", "sector", "scope");
CREATE TABLE "new_ProgressReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "accountingYear" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "protocol" TEXT NOT NULL DEFAULT 'GPC',
    "reportingLevel" TEXT,
    "inventoryBoundary" TEXT,
    "vulnerabilityAssessmentUrl" TEXT,
    "vulnerabilityAssessedAt" DATETIME,
    "adaptationGoal" TEXT,
    "submittedAt" DATETIME,
    "submittedById" TEXT,
    "verifiedAt" DATETIME,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    "feedback" TEXT,
    "prefilledFrom" INTEGER,
    "reportingLevelOrigin" TEXT NOT NULL DEFAULT 'ENTERED',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProgressReport_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ProgressReport" ("accountingYear", "adaptationGoal", "createdAt", "feedback", "id", "inventoryBoundary", "isDemo", "municipalityId", "protocol", "reportingLevel", "reviewedAt", "reviewedById", "status", "submittedAt", "submittedById", "updatedAt", "verifiedAt", "vulnerabilityAssessedAt", "vulnerabilityAssessmentUrl") SELECT "accountingYear", "adaptationGoal", "createdAt", "feedback", "id", "inventoryBoundary", "isDemo", "municipalityId", "protocol", "reportingLevel", "reviewedAt", "reviewedById", "status", "submittedAt", "submittedById", "updatedAt", "verifiedAt", "vulnerabilityAssessedAt", "vulnerabilityAssessmentUrl" FROM "ProgressReport";
DROP TABLE "ProgressReport";
ALTER TABLE "new_ProgressReport" RENAME TO "ProgressReport";
CREATE INDEX "ProgressReport_status_submittedAt_idx" ON "ProgressReport"("status", "submittedAt");
CREATE INDEX "ProgressReport_status_verifiedAt_idx" ON "ProgressReport"("status", "verifiedAt");
CREATE UNIQUE INDEX "ProgressReport_municipalityId_accountingYear_key" ON "ProgressReport"("municipalityId", "accountingYear");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
