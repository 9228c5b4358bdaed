-- AlterTable
ALTER TABLE "MunicipalityOfficial" ADD COLUMN "checklistHiddenAt" DATETIME;
