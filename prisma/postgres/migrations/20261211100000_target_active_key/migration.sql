-- Existing targets start with a NULL key (NULLs never collide, in SQLite or PostgreSQL), so the index holds
-- at once. Each target gets its key when it is next saved, and the portal check covers the older ones.
-- AlterTable
ALTER TABLE "Target" ADD COLUMN     "activeKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Target_municipalityId_activeKey_key" ON "Target"("municipalityId", "activeKey");
