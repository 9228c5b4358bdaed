-- The site search's content pages and events on the same full-text search as solutions and guides
-- (docs/decisions/0016-full-text-search.md): a "searchText" column on each, which the app writes with the row
-- (src/lib/domain/site-search-text.ts), and an FTS5 table with triggers like "SolutionSearch".
--
-- Existing rows get their words here, in SQL: a page's description and markdown body, an event's summary,
-- description, type label, place and "online", lower-cased. The tokenizer drops the punctuation and accents,
-- so they match as the app's words do, except for what SQL cannot strip: a link's address and raw HTML tag
-- names in a page's markdown. The app writes the exact words when the row is next saved.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ContentPage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "description" TEXT,
    "searchText" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_ContentPage" ("body", "createdAt", "description", "id", "publishedAt", "searchText", "slug", "status", "title", "updatedAt") SELECT "body", "createdAt", "description", "id", "publishedAt", lower(trim(coalesce("description", '') || ' ' || "body")), "slug", "status", "title", "updatedAt" FROM "ContentPage";
DROP TABLE "ContentPage";
ALTER TABLE "new_ContentPage" RENAME TO "ContentPage";
CREATE UNIQUE INDEX "ContentPage_slug_key" ON "ContentPage"("slug");
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "place" TEXT,
    "joinUrl" TEXT,
    "capacity" INTEGER NOT NULL,
    "audience" TEXT NOT NULL DEFAULT 'PUBLIC',
    "registrationDeadline" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Event" ("audience", "capacity", "createdAt", "description", "endsAt", "id", "joinUrl", "online", "place", "publishedAt", "registrationDeadline", "searchText", "slug", "startsAt", "status", "summary", "timeZone", "title", "type", "updatedAt") SELECT "audience", "capacity", "createdAt", "description", "endsAt", "id", "joinUrl", "online", "place", "publishedAt", "registrationDeadline", lower(trim("summary" || ' ' || "description" || ' ' || CASE "type" WHEN 'WEBINAR' THEN 'webinar' WHEN 'STUDY_VISIT' THEN 'study visit' WHEN 'SUMMIT' THEN 'summit' ELSE lower("type") END || ' ' || coalesce("place", '') || CASE WHEN "online" THEN ' online' ELSE '' END)), "slug", "startsAt", "status", "summary", "timeZone", "title", "type", "updatedAt" FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE INDEX "Event_status_startsAt_idx" ON "Event"("status", "startsAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- FTS5 tables with their own content, keyed by the row's id (as "SolutionSearch"), kept by triggers in the
-- same transaction as every write of a row. The site search asks them for published rows only.
CREATE VIRTUAL TABLE "ContentPageSearch" USING fts5(
    "pageId" UNINDEXED,
    "title",
    "text",
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "ContentPage_search_insert" AFTER INSERT ON "ContentPage" BEGIN
    INSERT INTO "ContentPageSearch" ("pageId", "title", "text") VALUES (new."id", new."title", new."searchText");
END;

CREATE TRIGGER "ContentPage_search_update" AFTER UPDATE OF "id", "title", "searchText" ON "ContentPage" BEGIN
    DELETE FROM "ContentPageSearch" WHERE "pageId" = old."id";
    INSERT INTO "ContentPageSearch" ("pageId", "title", "text") VALUES (new."id", new."title", new."searchText");
END;

CREATE TRIGGER "ContentPage_search_delete" AFTER DELETE ON "ContentPage" BEGIN
    DELETE FROM "ContentPageSearch" WHERE "pageId" = old."id";
END;

INSERT INTO "ContentPageSearch" ("pageId", "title", "text") SELECT "id", "title", "searchText" FROM "ContentPage";

CREATE VIRTUAL TABLE "EventSearch" USING fts5(
    "eventId" UNINDEXED,
    "title",
    "text",
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Event_search_insert" AFTER INSERT ON "Event" BEGIN
    INSERT INTO "EventSearch" ("eventId", "title", "text") VALUES (new."id", new."title", new."searchText");
END;

CREATE TRIGGER "Event_search_update" AFTER UPDATE OF "id", "title", "searchText" ON "Event" BEGIN
    DELETE FROM "EventSearch" WHERE "eventId" = old."id";
    INSERT INTO "EventSearch" ("eventId", "title", "text") VALUES (new."id", new."title", new."searchText");
END;

CREATE TRIGGER "Event_search_delete" AFTER DELETE ON "Event" BEGIN
    DELETE FROM "EventSearch" WHERE "eventId" = old."id";
END;

INSERT INTO "EventSearch" ("eventId", "title", "text") SELECT "id", "title", "searchText" FROM "Event";
