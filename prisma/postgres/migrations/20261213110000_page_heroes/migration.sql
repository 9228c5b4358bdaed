-- CreateTable
CREATE TABLE "PageHero" (
    "page" TEXT NOT NULL,
    "uploadId" TEXT,
    "illustration" TEXT,
    "alt" TEXT NOT NULL DEFAULT '',
    "decorative" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PageHero_pkey" PRIMARY KEY ("page")
);

-- CreateIndex
CREATE INDEX "PageHero_uploadId_idx" ON "PageHero"("uploadId");

-- AddForeignKey
ALTER TABLE "PageHero" ADD CONSTRAINT "PageHero_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "Upload"("id") ON DELETE SET NULL ON UPDATE CASCADE;
