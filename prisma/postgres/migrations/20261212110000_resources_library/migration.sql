-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('GUIDE', 'FILE', 'LINK');

-- CreateEnum
CREATE TYPE "ResourceAudience" AS ENUM ('LOCAL_STAFF', 'ELECTED_OFFICIALS', 'COMMUNITY_PARTNERS');

-- AlterTable
ALTER TABLE "AssistanceMessage" ADD COLUMN     "attachmentId" TEXT;

-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "ResourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "searchText" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "uploadId" TEXT,
    "audience" "ResourceAudience" NOT NULL DEFAULT 'LOCAL_STAFF',
    "membersOnly" BOOLEAN NOT NULL DEFAULT false,
    "reviewedOn" TIMESTAMP(3) NOT NULL,
    "ownerId" TEXT,
    "status" "PublishStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceTopic" (
    "resourceId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,

    CONSTRAINT "ResourceTopic_pkey" PRIMARY KEY ("resourceId","topic")
);

-- CreateTable
CREATE TABLE "ResourceStage" (
    "resourceId" TEXT NOT NULL,
    "stage" "ComplianceStage" NOT NULL,

    CONSTRAINT "ResourceStage_pkey" PRIMARY KEY ("resourceId","stage")
);

-- CreateTable
CREATE TABLE "ResourceRevision" (
    "id" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "note" TEXT,
    "authorId" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResourceRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Resource_slug_key" ON "Resource"("slug");

-- CreateIndex
CREATE INDEX "Resource_status_title_idx" ON "Resource"("status", "title");

-- CreateIndex
CREATE INDEX "Resource_kind_status_reviewedOn_idx" ON "Resource"("kind", "status", "reviewedOn");

-- CreateIndex
CREATE INDEX "ResourceTopic_topic_idx" ON "ResourceTopic"("topic");

-- CreateIndex
CREATE INDEX "ResourceStage_stage_idx" ON "ResourceStage"("stage");

-- CreateIndex
CREATE INDEX "ResourceRevision_resourceId_createdAt_idx" ON "ResourceRevision"("resourceId", "createdAt");

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "Upload"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceTopic" ADD CONSTRAINT "ResourceTopic_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceStage" ADD CONSTRAINT "ResourceStage_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceRevision" ADD CONSTRAINT "ResourceRevision_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceRevision" ADD CONSTRAINT "ResourceRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssistanceMessage" ADD CONSTRAINT "AssistanceMessage_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Upload"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The guides and tools library's full-text search, the Solutions Gateway's own (migration
-- 20261210090000_full_text_search): an index on the English tsvector of the title (weight A) and
-- "searchText" (B: the words of the title, summary, body and topic labels, written by the app). Queries use
-- the same expression (src/server/search/match-resources.ts) so the planner picks this index.
CREATE INDEX "Resource_search_idx" ON "Resource" USING GIN (
    (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "searchText"), 'B'))
);
