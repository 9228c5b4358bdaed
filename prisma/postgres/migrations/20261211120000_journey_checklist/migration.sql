-- AlterTable
ALTER TABLE "MunicipalityOfficial" ADD COLUMN     "checklistHiddenAt" TIMESTAMP(3);
