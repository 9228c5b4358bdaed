-- The site search's content pages and events on the same full-text search as solutions and guides
-- (docs/decisions/0016-full-text-search.md): a "searchText" column on each, which the app writes with the row
-- (src/lib/domain/site-search-text.ts), and an expression GIN index like "Solution_search_idx".
--
-- Existing rows get their words here, in SQL: a page's description and markdown body, an event's summary,
-- description, type label, place and "online", lower-cased. to_tsvector drops the punctuation, so they match
-- as the app's words do, except for what SQL cannot strip: accents, and a link's address and raw HTML tag
-- names in a page's markdown. The app writes the exact words when the row is next saved.
ALTER TABLE "ContentPage" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';
UPDATE "ContentPage" SET "searchText" = lower(trim(coalesce("description", '') || ' ' || "body"));
ALTER TABLE "ContentPage" ALTER COLUMN "searchText" DROP DEFAULT;

ALTER TABLE "Event" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';
UPDATE "Event" SET "searchText" = lower(trim("summary" || ' ' || "description" || ' '
    || CASE "type" WHEN 'WEBINAR' THEN 'webinar' WHEN 'STUDY_VISIT' THEN 'study visit' WHEN 'SUMMIT' THEN 'summit' ELSE lower("type"::text) END
    || ' ' || coalesce("place", '') || CASE WHEN "online" THEN ' online' ELSE '' END));
ALTER TABLE "Event" ALTER COLUMN "searchText" DROP DEFAULT;

-- The same expression as the queries (src/server/search/match-full-text.ts), so the planner can use them.
CREATE INDEX "ContentPage_search_idx" ON "ContentPage" USING GIN (
    (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "searchText"), 'B'))
);

CREATE INDEX "Event_search_idx" ON "Event" USING GIN (
    (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "searchText"), 'B'))
);
