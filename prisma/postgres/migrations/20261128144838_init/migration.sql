-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'MODERATOR', 'OFFICIAL');

-- CreateEnum
CREATE TYPE "BoundaryType" AS ENUM ('CITY', 'TOWN', 'VILLAGE', 'BOROUGH', 'TOWNSHIP', 'COUNTY', 'CONSOLIDATED', 'OTHER');

-- CreateEnum
CREATE TYPE "ComplianceStage" AS ENUM ('NONE', 'COMMITMENT', 'INVENTORY', 'TARGET', 'ACTION_PLANS');

-- CreateEnum
CREATE TYPE "MandateType" AS ENUM ('LETTER', 'COUNCIL_RESOLUTION', 'EXECUTIVE_ORDER');

-- CreateEnum
CREATE TYPE "PledgeStatus" AS ENUM ('PENDING_EMAIL', 'PENDING_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "RejectionReason" AS ENUM ('NOT_AN_OFFICIAL', 'NOT_A_MUNICIPALITY', 'DUPLICATE', 'INCOMPLETE_MANDATE', 'OFFENSIVE_OR_SPAM', 'OTHER');

-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('CONFIRM_PLEDGE', 'WITHDRAW_PLEDGE', 'PASSWORD_RESET', 'INVITATION');

-- CreateEnum
CREATE TYPE "TargetType" AS ENUM ('BASE_YEAR_ABSOLUTE', 'BASE_YEAR_INTENSITY', 'FIXED_LEVEL', 'BASELINE_SCENARIO');

-- CreateEnum
CREATE TYPE "TargetStatus" AS ENUM ('ACTIVE', 'REPLACED');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ReportingLevel" AS ENUM ('BASIC', 'BASIC_PLUS');

-- CreateEnum
CREATE TYPE "GpcSector" AS ENUM ('STATIONARY_ENERGY', 'TRANSPORTATION', 'WASTE', 'IPPU', 'AFOLU');

-- CreateEnum
CREATE TYPE "NotationKey" AS ENUM ('NO', 'IE', 'NE', 'C');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('LOW', 'MODERATE', 'HIGH', 'EXTREME');

-- CreateEnum
CREATE TYPE "Pillar" AS ENUM ('MITIGATION', 'ADAPTATION');

-- CreateEnum
CREATE TYPE "ActionKind" AS ENUM ('PLAN', 'ACTION');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'COMPLETED');

-- CreateEnum
CREATE TYPE "CostBand" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "PublishStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" "Role" NOT NULL DEFAULT 'OFFICIAL',
    "passwordHash" TEXT,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "sessionsValidFrom" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "Municipality" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "county" TEXT,
    "population" INTEGER,
    "populationYear" INTEGER,
    "landAreaKm2" DOUBLE PRECISION,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "boundaryType" "BoundaryType" NOT NULL DEFAULT 'CITY',
    "website" TEXT,
    "geonameId" INTEGER,
    "isMember" BOOLEAN NOT NULL DEFAULT false,
    "memberSince" TIMESTAMP(3),
    "complianceStage" "ComplianceStage" NOT NULL DEFAULT 'NONE',
    "complianceOverdue" BOOLEAN NOT NULL DEFAULT false,
    "nextDeadline" TIMESTAMP(3),
    "complianceUpdatedAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MunicipalityOfficial" (
    "userId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "title" TEXT,
    "confirmed" BOOLEAN NOT NULL DEFAULT true,
    "invitedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MunicipalityOfficial_pkey" PRIMARY KEY ("userId","municipalityId")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "tagline" TEXT NOT NULL,
    "hasCompliancePath" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeText" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "preamble" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PledgeText_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PledgeCommitment" (
    "id" TEXT NOT NULL,
    "pledgeTextId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "PledgeCommitment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pledge" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "pledgeTextId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "liveKey" TEXT,
    "signatoryName" TEXT NOT NULL,
    "signatoryTitle" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailNormalized" TEXT NOT NULL,
    "phone" TEXT,
    "mandateType" "MandateType" NOT NULL,
    "mandateDocumentId" TEXT,
    "status" "PledgeStatus" NOT NULL DEFAULT 'PENDING_EMAIL',
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    "commitmentDate" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "rejectionReason" "RejectionReason",
    "reviewNotes" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "duplicateNotices" INTEGER NOT NULL DEFAULT 0,
    "submitterIpHash" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pledge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailToken" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "pledgeId" TEXT,
    "userId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "type" "TargetType" NOT NULL,
    "status" "TargetStatus" NOT NULL DEFAULT 'ACTIVE',
    "sectorsCovered" TEXT NOT NULL,
    "gasesCovered" TEXT NOT NULL,
    "baseYear" INTEGER,
    "baseYearEmissions" DOUBLE PRECISION,
    "targetYear" INTEGER NOT NULL,
    "reductionPercent" DOUBLE PRECISION,
    "targetEmissions" DOUBLE PRECISION,
    "intensityUnit" TEXT,
    "baseIntensity" DOUBLE PRECISION,
    "baseActivity" DOUBLE PRECISION,
    "targetActivity" DOUBLE PRECISION,
    "bauEmissions" DOUBLE PRECISION,
    "netZero" BOOLEAN NOT NULL DEFAULT false,
    "adoptedAt" TIMESTAMP(3),
    "replacedById" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgressReport" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "accountingYear" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "protocol" TEXT NOT NULL DEFAULT 'GPC',
    "reportingLevel" "ReportingLevel",
    "inventoryBoundary" TEXT,
    "vulnerabilityAssessmentUrl" TEXT,
    "vulnerabilityAssessedAt" TIMESTAMP(3),
    "adaptationGoal" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "feedback" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgressReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InventoryEntry" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "sector" "GpcSector" NOT NULL,
    "scope" INTEGER NOT NULL,
    "emissions" DOUBLE PRECISION,
    "notationKey" "NotationKey",

    CONSTRAINT "InventoryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HazardAssessment" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "hazard" TEXT NOT NULL,
    "riskLevel" "RiskLevel" NOT NULL,
    "expectedImpact" TEXT NOT NULL,
    "vulnerableGroups" TEXT NOT NULL,

    CONSTRAINT "HazardAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClimateAction" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "kind" "ActionKind" NOT NULL,
    "pillar" "Pillar" NOT NULL,
    "sector" TEXT,
    "title" TEXT NOT NULL,
    "status" "ActionStatus" NOT NULL,
    "url" TEXT,
    "adoptedAt" TIMESTAMP(3),

    CONSTRAINT "ClimateAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Solution" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "costBand" "CostBand" NOT NULL,
    "coBenefits" TEXT NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Solution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SolutionHazard" (
    "solutionId" TEXT NOT NULL,
    "hazard" TEXT NOT NULL,

    CONSTRAINT "SolutionHazard_pkey" PRIMARY KEY ("solutionId","hazard")
);

-- CreateTable
CREATE TABLE "SolutionSector" (
    "solutionId" TEXT NOT NULL,
    "sector" TEXT NOT NULL,

    CONSTRAINT "SolutionSector_pkey" PRIMARY KEY ("solutionId","sector")
);

-- CreateTable
CREATE TABLE "SolutionImplementation" (
    "solutionId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "year" INTEGER,
    "note" TEXT,

    CONSTRAINT "SolutionImplementation_pkey" PRIMARY KEY ("solutionId","municipalityId")
);

-- CreateTable
CREATE TABLE "ContentPage" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "description" TEXT,
    "status" "PublishStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentPage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentRevision" (
    "id" TEXT NOT NULL,
    "pageId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "description" TEXT,
    "note" TEXT,
    "authorId" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Upload" (
    "id" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "width" INTEGER,
    "height" INTEGER,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Upload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "transport" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderLog" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "threshold" TEXT NOT NULL,
    "dueDate" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderLog_pkey" PRIMARY KEY ("id")
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
CREATE UNIQUE INDEX "ReminderLog_municipalityId_campaignId_stage_threshold_dueDa_key" ON "ReminderLog"("municipalityId", "campaignId", "stage", "threshold", "dueDate");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MunicipalityOfficial" ADD CONSTRAINT "MunicipalityOfficial_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MunicipalityOfficial" ADD CONSTRAINT "MunicipalityOfficial_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MunicipalityOfficial" ADD CONSTRAINT "MunicipalityOfficial_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeText" ADD CONSTRAINT "PledgeText_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PledgeCommitment" ADD CONSTRAINT "PledgeCommitment_pledgeTextId_fkey" FOREIGN KEY ("pledgeTextId") REFERENCES "PledgeText"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_pledgeTextId_fkey" FOREIGN KEY ("pledgeTextId") REFERENCES "PledgeText"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_mandateDocumentId_fkey" FOREIGN KEY ("mandateDocumentId") REFERENCES "Upload"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_pledgeId_fkey" FOREIGN KEY ("pledgeId") REFERENCES "Pledge"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailToken" ADD CONSTRAINT "EmailToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgressReport" ADD CONSTRAINT "ProgressReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InventoryEntry" ADD CONSTRAINT "InventoryEntry_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HazardAssessment" ADD CONSTRAINT "HazardAssessment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClimateAction" ADD CONSTRAINT "ClimateAction_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProgressReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolutionHazard" ADD CONSTRAINT "SolutionHazard_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolutionSector" ADD CONSTRAINT "SolutionSector_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolutionImplementation" ADD CONSTRAINT "SolutionImplementation_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SolutionImplementation" ADD CONSTRAINT "SolutionImplementation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentRevision" ADD CONSTRAINT "ContentRevision_pageId_fkey" FOREIGN KEY ("pageId") REFERENCES "ContentPage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentRevision" ADD CONSTRAINT "ContentRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Upload" ADD CONSTRAINT "Upload_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderLog" ADD CONSTRAINT "ReminderLog_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderLog" ADD CONSTRAINT "ReminderLog_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;
