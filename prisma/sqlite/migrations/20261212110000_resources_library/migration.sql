-- CreateTable
CREATE TABLE "Resource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "searchText" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "uploadId" TEXT,
    "audience" TEXT NOT NULL DEFAULT 'LOCAL_STAFF',
    "membersOnly" BOOLEAN NOT NULL DEFAULT false,
    "reviewedOn" DATETIME NOT NULL,
    "ownerId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Resource_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "Upload" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Resource_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResourceTopic" (
    "resourceId" TEXT NOT NULL,
    "topic" TEXT NOT NULL,

    PRIMARY KEY ("resourceId", "topic"),
    CONSTRAINT "ResourceTopic_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResourceStage" (
    "resourceId" TEXT NOT NULL,
    "stage" TEXT NOT NULL,

    PRIMARY KEY ("resourceId", "stage"),
    CONSTRAINT "ResourceStage_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResourceRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "resourceId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "note" TEXT,
    "authorId" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResourceRevision_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ResourceRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AssistanceMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "authorId" TEXT,
    "fromStaff" BOOLEAN NOT NULL,
    "body" TEXT NOT NULL,
    "attachmentId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssistanceMessage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "AssistanceRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AssistanceMessage_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Upload" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AssistanceMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_AssistanceMessage" ("authorId", "body", "createdAt", "fromStaff", "id", "requestId") SELECT "authorId", "body", "createdAt", "fromStaff", "id", "requestId" FROM "AssistanceMessage";
DROP TABLE "AssistanceMessage";
ALTER TABLE "new_AssistanceMessage" RENAME TO "AssistanceMessage";
CREATE INDEX "AssistanceMessage_requestId_createdAt_idx" ON "AssistanceMessage"("requestId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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

-- The guides and tools library's full-text search, the Solutions Gateway's own (migration
-- 20261210090000_full_text_search, docs/decisions/0016-full-text-search.md): an FTS5 table keyed by the
-- resource's id, kept by triggers in the same transaction as every write of a Resource row. "searchText"
-- holds the words of the title, summary, body and the labels of its topics (the app writes it).
CREATE VIRTUAL TABLE "ResourceSearch" USING fts5(
    "resourceId" UNINDEXED,
    "title",
    "text",
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Resource_search_insert" AFTER INSERT ON "Resource" BEGIN
    INSERT INTO "ResourceSearch" ("resourceId", "title", "text") VALUES (new."id", new."title", new."searchText");
END;

CREATE TRIGGER "Resource_search_update" AFTER UPDATE OF "id", "title", "searchText" ON "Resource" BEGIN
    DELETE FROM "ResourceSearch" WHERE "resourceId" = old."id";
    INSERT INTO "ResourceSearch" ("resourceId", "title", "text") VALUES (new."id", new."title", new."searchText");
END;

CREATE TRIGGER "Resource_search_delete" AFTER DELETE ON "Resource" BEGIN
    DELETE FROM "ResourceSearch" WHERE "resourceId" = old."id";
END;
