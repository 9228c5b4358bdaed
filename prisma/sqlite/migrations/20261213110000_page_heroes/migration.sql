-- CreateTable
CREATE TABLE "PageHero" (
    "page" TEXT NOT NULL PRIMARY KEY,
    "uploadId" TEXT,
    "illustration" TEXT,
    "alt" TEXT NOT NULL DEFAULT '',
    "decorative" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PageHero_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "Upload" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PageHero_uploadId_idx" ON "PageHero"("uploadId");
