-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('NETWORK_TEAM', 'UNIVERSITY', 'REGIONAL_AGENCY', 'NONPROFIT', 'GOVERNMENT_AGENCY');

-- CreateTable
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "summary" TEXT NOT NULL,
    "helpsWith" TEXT NOT NULL,
    "statesServed" TEXT NOT NULL DEFAULT '',
    "website" TEXT,
    "status" "PublishStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Partner_name_key" ON "Partner"("name");

-- CreateIndex
CREATE INDEX "Partner_status_kind_name_idx" ON "Partner"("status", "kind", "name");
