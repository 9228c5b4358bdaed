-- Solutions Gateway full-text search (docs/decisions/0016-full-text-search.md). Prisma has no FTS5 model, so
-- this table and its triggers are written by hand and left out of the schema engine's diff (externalTables).
-- The triggers keep the index in the same transaction as every write of a Solution row; "searchText" holds
-- the words of the title, summary, body and the labels of its hazards and sectors (the app writes it).
-- An FTS5 table with its own content, keyed by the solution's id: external content would need an integer
-- rowid, and a Solution's implicit rowid may change when the file is vacuumed.
CREATE VIRTUAL TABLE "SolutionSearch" USING fts5(
    "solutionId" UNINDEXED,
    "title",
    "text",
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER "Solution_search_insert" AFTER INSERT ON "Solution" BEGIN
    INSERT INTO "SolutionSearch" ("solutionId", "title", "text") VALUES (new."id", new."title", new."searchText");
END;

CREATE TRIGGER "Solution_search_update" AFTER UPDATE OF "id", "title", "searchText" ON "Solution" BEGIN
    DELETE FROM "SolutionSearch" WHERE "solutionId" = old."id";
    INSERT INTO "SolutionSearch" ("solutionId", "title", "text") VALUES (new."id", new."title", new."searchText");
END;

CREATE TRIGGER "Solution_search_delete" AFTER DELETE ON "Solution" BEGIN
    DELETE FROM "SolutionSearch" WHERE "solutionId" = old."id";
END;

-- Existing solutions: add the labels of their hazards and sectors to "searchText" (as of this migration;
-- the app writes the whole text from now on, src/lib/domain/solution-search-text.ts).
UPDATE "Solution" SET "searchText" = trim("searchText"
    || ' ' || coalesce((SELECT group_concat(CASE h."hazard" WHEN 'EXTREME_HEAT' THEN 'extreme heat' WHEN 'EXTREME_COLD' THEN 'extreme cold' WHEN 'DROUGHT' THEN 'drought' WHEN 'WILDFIRE' THEN 'wildfire' WHEN 'FLOODING_RIVERINE' THEN 'river flooding' WHEN 'FLOODING_FLASH' THEN 'flash and surface flooding' WHEN 'COASTAL_FLOODING' THEN 'coastal flooding and sea level rise' WHEN 'STORM' THEN 'storms and hurricanes' WHEN 'EXTREME_PRECIPITATION' THEN 'extreme precipitation' WHEN 'WATER_SCARCITY' THEN 'water scarcity' WHEN 'LANDSLIDE' THEN 'landslides' WHEN 'VECTOR_BORNE_DISEASE' THEN 'vector borne disease' WHEN 'ENERGY_SHOCK' THEN 'energy supply disruption' WHEN 'ECONOMIC_SHOCK' THEN 'economic shock' ELSE lower(h."hazard") END, ' ') FROM "SolutionHazard" h WHERE h."solutionId" = "Solution"."id"), '')
    || ' ' || coalesce((SELECT group_concat(CASE x."sector" WHEN 'ENERGY' THEN 'energy' WHEN 'BUILDINGS' THEN 'buildings' WHEN 'TRANSPORT' THEN 'transport' WHEN 'WATER' THEN 'water' WHEN 'WASTE' THEN 'waste' WHEN 'LAND_USE' THEN 'land use and nature' WHEN 'PUBLIC_HEALTH' THEN 'public health' WHEN 'EMERGENCY_MANAGEMENT' THEN 'emergency management' WHEN 'ECONOMY' THEN 'local economy' WHEN 'FOOD' THEN 'food and agriculture' ELSE lower(x."sector") END, ' ') FROM "SolutionSector" x WHERE x."solutionId" = "Solution"."id"), ''));

INSERT INTO "SolutionSearch" ("solutionId", "title", "text") SELECT "id", "title", "searchText" FROM "Solution";
