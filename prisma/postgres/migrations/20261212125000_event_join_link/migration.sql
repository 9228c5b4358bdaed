-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "joinUrl" TEXT;
