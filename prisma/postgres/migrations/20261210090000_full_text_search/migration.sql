-- Solutions Gateway full-text search (docs/decisions/0016-full-text-search.md): an index on the English
-- tsvector of the title (weight A) and "searchText" (B: the words of the title, summary, body and the labels
-- of its hazards and sectors, written by the app). An expression index is part of the row's own write, so it
-- is always in step with the row, in the same transaction. Queries use the same expression
-- (src/server/search/match-solutions.ts) so the planner picks this index.
CREATE INDEX "Solution_search_idx" ON "Solution" USING GIN (
    (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "searchText"), 'B'))
);

-- Existing solutions: add the labels of their hazards and sectors to "searchText" (as of this migration;
-- the app writes the whole text from now on, src/lib/domain/solution-search-text.ts).
UPDATE "Solution" SET "searchText" = trim("searchText"
    || ' ' || coalesce((SELECT string_agg(CASE h."hazard" WHEN 'EXTREME_HEAT' THEN 'extreme heat' WHEN 'EXTREME_COLD' THEN 'extreme cold' WHEN 'DROUGHT' THEN 'drought' WHEN 'WILDFIRE' THEN 'wildfire' WHEN 'FLOODING_RIVERINE' THEN 'river flooding' WHEN 'FLOODING_FLASH' THEN 'flash and surface flooding' WHEN 'COASTAL_FLOODING' THEN 'coastal flooding and sea level rise' WHEN 'STORM' THEN 'storms and hurricanes' WHEN 'EXTREME_PRECIPITATION' THEN 'extreme precipitation' WHEN 'WATER_SCARCITY' THEN 'water scarcity' WHEN 'LANDSLIDE' THEN 'landslides' WHEN 'VECTOR_BORNE_DISEASE' THEN 'vector borne disease' WHEN 'ENERGY_SHOCK' THEN 'energy supply disruption' WHEN 'ECONOMIC_SHOCK' THEN 'economic shock' ELSE lower(h."hazard") END, ' ') FROM "SolutionHazard" h WHERE h."solutionId" = "Solution"."id"), '')
    || ' ' || coalesce((SELECT string_agg(CASE x."sector" WHEN 'ENERGY' THEN 'energy' WHEN 'BUILDINGS' THEN 'buildings' WHEN 'TRANSPORT' THEN 'transport' WHEN 'WATER' THEN 'water' WHEN 'WASTE' THEN 'waste' WHEN 'LAND_USE' THEN 'land use and nature' WHEN 'PUBLIC_HEALTH' THEN 'public health' WHEN 'EMERGENCY_MANAGEMENT' THEN 'emergency management' WHEN 'ECONOMY' THEN 'local economy' WHEN 'FOOD' THEN 'food and agriculture' ELSE lower(x."sector") END, ' ') FROM "SolutionSector" x WHERE x."solutionId" = "Solution"."id"), ''));
