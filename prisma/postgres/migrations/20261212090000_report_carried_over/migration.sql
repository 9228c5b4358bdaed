-- CreateEnum
CREATE TYPE "FigureOrigin" AS ENUM ('ENTERED', 'CARRIED_OVER', 'CONFIRMED');

-- AlterTable
ALTER TABLE "ClimateAction" ADD COLUMN     "origin" "FigureOrigin" NOT NULL DEFAULT 'ENTERED';

-- AlterTable
ALTER TABLE "HazardAssessment" ADD COLUMN     "origin" "FigureOrigin" NOT NULL DEFAULT 'ENTERED';

-- AlterTable
ALTER TABLE "InventoryEntry" ADD COLUMN     "origin" "FigureOrigin" NOT NULL DEFAULT 'ENTERED';

-- AlterTable
ALTER TABLE "ProgressReport" ADD COLUMN     "prefilledFrom" INTEGER,
ADD COLUMN     "reportingLevelOrigin" "FigureOrigin" NOT NULL DEFAULT 'ENTERED';
