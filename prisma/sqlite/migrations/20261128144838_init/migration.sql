-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" TEXT NOT NULL DEFAULT 'OFFICIAL',
    "passwordHash" TEXT,
    "emailVerified" DATETIME,
    "image" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME,
    "sessionsValidFrom" DATETIME,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "county" TEXT,
    "population" INTEGER,
    "populationYear" INTEGER,
    "landAreaKm2" REAL,
    "latitude" REAL,
    "longitude" REAL,
    "boundaryType" TEXT NOT NULL DEFAULT 'CITY',
    "website" TEXT,
    "geonameId" INTEGER,
    "isMember" BOOLEAN NOT NULL DEFAULT false,
    "memberSince" DATETIME,
    "complianceStage" TEXT NOT NULL DEFAULT 'NONE',
    "complianceOverdue" BOOLEAN NOT NULL DEFAULT false,
    "nextDeadline" DATETIME,
    "complianceUpdatedAt" DATETIME,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "MunicipalityOfficial" (
    "userId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "title" TEXT,
    "confirmed" BOOLEAN NOT NULL DEFAULT true,
    "invitedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "municipalityId"),
    CONSTRAINT "MunicipalityOfficial_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MunicipalityOfficial_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MunicipalityOfficial_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "tagline" TEXT NOT NULL,
    "hasCompliancePath" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PledgeText" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "preamble" TEXT NOT NULL,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PledgeText_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PledgeCommitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pledgeTextId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "PledgeCommitment_pledgeTextId_fkey" FOREIGN KEY ("pledgeTextId") REFERENCES "PledgeText" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "campaignId" TEXT NOT NULL,
    "pledgeTextId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "liveKey" TEXT,
    "signatoryName" TEXT NOT NULL,
    "signatoryTitle" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailNormalized" TEXT NOT NULL,
    "phone" TEXT,
    "mandateType" TEXT NOT NULL,
    "mandateDocumentId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PENDING_EMAIL',
    "signedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" DATETIME,
    "commitmentDate" DATETIME,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    "rejectionReason" TEXT,
    "reviewNotes" TEXT,
    "withdrawnAt" DATETIME,
    "duplicateNotices" INTEGER NOT NULL DEFAULT 0,
    "submitterIpHash" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Pledge_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pledge_pledgeTextId_fkey" FOREIGN KEY ("pledgeTextId") REFERENCES "PledgeText" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pledge_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Pledge_mandateDocumentId_fkey" FOREIGN KEY ("mandateDocumentId") REFERENCES "Upload" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Pledge_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EmailToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "pledgeId" TEXT,
    "userId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EmailToken_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EmailToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Target" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "sectorsCovered" TEXT NOT NULL,
    "gasesCovered" TEXT NOT NULL,
    "baseYear" INTEGER,
    "baseYearEmissions" REAL,
    "targetYear" INTEGER NOT NULL,
    "reductionPercent" REAL,
    "targetEmissions" REAL,
    "intensityUnit" TEXT,
    "baseIntensity" REAL,
    "baseActivity" REAL,
    "targetActivity" REAL,
    "bauEmissions" REAL,
    "netZero" BOOLEAN NOT NULL DEFAULT false,
    "adoptedAt" DATETIME,
    "replacedById" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Target_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgressReport" (
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
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProgressReport_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ProgressReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InventoryEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "scope" INTEGER NOT NULL,
    "emissions" REAL,
    "notationKey" TEXT,
    CONSTRAINT "InventoryEntry_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HazardAssessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "hazard" TEXT NOT NULL,
    "riskLevel" TEXT NOT NULL,
    "expectedImpact" TEXT NOT NULL,
    "vulnerableGroups" TEXT NOT NULL,
    CONSTRAINT "HazardAssessment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClimateAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "pillar" TEXT NOT NULL,
    "sector" TEXT,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "url" TEXT,
    "adoptedAt" DATETIME,
    CONSTRAINT "ClimateAction_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Solution" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "costBand" TEXT NOT NULL,
    "coBenefits" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SolutionHazard" (
    "solutionId" TEXT NOT NULL,
    "hazard" TEXT NOT NULL,

    PRIMARY KEY ("solutionId", "hazard"),
    CONSTRAINT "SolutionHazard_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SolutionSector" (
    "solutionId" TEXT NOT NULL,
    "sector" TEXT NOT NULL,

    PRIMARY KEY ("solutionId", "sector"),
    CONSTRAINT "SolutionSector_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SolutionImplementation" (
    "solutionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "year" INTEGER,
    "note" TEXT,

    PRIMARY KEY ("solutionId", "municipalityId"),
    CONSTRAINT "SolutionImplementation_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SolutionImplementation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContentPage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "description" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ContentRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pageId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "description" TEXT,
    "note" TEXT,
    "authorId" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContentRevision_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "ContentPage" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContentRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Upload" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BLOB NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Upload_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "transport" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ReminderLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "threshold" TEXT NOT NULL,
    "dueDate" DATETIME NOT NULL,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReminderLog_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReminderLog_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_slug_key" ON "Municipality"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_geonameId_key" ON "Municipality"("geonameId");

-- CreateIndex
CREATE INDEX "Municipality_isMember_searchName_idx" ON "Municipality"("isMember", "searchName");

-- CreateIndex
CREATE INDEX "Municipality_isMember_state_searchName_idx" ON "Municipality"("isMember", "state", "searchName");

-- CreateIndex
CREATE INDEX "Municipality_isMember_population_idx" ON "Municipality"("isMember", "population");

-- CreateIndex
CREATE INDEX "Municipality_isMember_memberSince_idx" ON "Municipality"("isMember", "memberSince");

-- CreateIndex
CREATE INDEX "Municipality_isMember_complianceStage_idx" ON "Municipality"("isMember", "complianceStage");

-- CreateIndex
CREATE INDEX "Municipality_state_searchName_idx" ON "Municipality"("state", "searchName");

-- CreateIndex
CREATE INDEX "MunicipalityOfficial_municipalityId_idx" ON "MunicipalityOfficial"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_slug_key" ON "Campaign"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeText_campaignId_version_key" ON "PledgeText"("campaignId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PledgeCommitment_pledgeTextId_position_key" ON "PledgeCommitment"("pledgeTextId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Pledge_liveKey_key" ON "Pledge"("liveKey");

-- CreateIndex
CREATE INDEX "Pledge_campaignId_status_commitmentDate_idx" ON "Pledge"("campaignId", "status", "commitmentDate");

-- CreateIndex
CREATE INDEX "Pledge_municipalityId_status_idx" ON "Pledge"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "Pledge_status_createdAt_idx" ON "Pledge"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Pledge_emailNormalized_idx" ON "Pledge"("emailNormalized");

-- CreateIndex
CREATE UNIQUE INDEX "EmailToken_tokenHash_key" ON "EmailToken"("tokenHash");

-- CreateIndex
CREATE INDEX "EmailToken_pledgeId_idx" ON "EmailToken"("pledgeId");

-- CreateIndex
CREATE INDEX "EmailToken_userId_idx" ON "EmailToken"("userId");

-- CreateIndex
CREATE INDEX "Target_municipalityId_status_idx" ON "Target"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "ProgressReport_status_submittedAt_idx" ON "ProgressReport"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "ProgressReport_status_verifiedAt_idx" ON "ProgressReport"("status", "verifiedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressReport_municipalityId_accountingYear_key" ON "ProgressReport"("municipalityId", "accountingYear");

-- CreateIndex
CREATE UNIQUE INDEX "InventoryEntry_reportId_sector_scope_key" ON "InventoryEntry"("reportId", "sector", "scope");

-- CreateIndex
CREATE INDEX "HazardAssessment_reportId_idx" ON "HazardAssessment"("reportId");

-- CreateIndex
CREATE INDEX "HazardAssessment_hazard_idx" ON "HazardAssessment"("hazard");

-- CreateIndex
CREATE INDEX "ClimateAction_reportId_idx" ON "ClimateAction"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "Solution_slug_key" ON "Solution"("slug");

-- CreateIndex
CREATE INDEX "Solution_status_title_idx" ON "Solution"("status", "title");

-- CreateIndex
CREATE INDEX "SolutionHazard_hazard_idx" ON "SolutionHazard"("hazard");

-- CreateIndex
CREATE INDEX "SolutionSector_sector_idx" ON "SolutionSector"("sector");

-- CreateIndex
CREATE INDEX "SolutionImplementation_municipalityId_idx" ON "SolutionImplementation"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "ContentPage_slug_key" ON "ContentPage"("slug");

-- CreateIndex
CREATE INDEX "ContentRevision_pageId_createdAt_idx" ON "ContentRevision"("pageId", "createdAt");

-- CreateIndex
CREATE INDEX "Upload_sha256_idx" ON "Upload"("sha256");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderLog_municipalityId_campaignId_stage_threshold_dueDate_key" ON "ReminderLog"("municipalityId", "campaignId", "stage", "threshold", "dueDate");
