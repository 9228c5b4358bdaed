-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "error" TEXT;

-- A failed delivery's reason moves from the body column, which holds no body for SMTP deliveries, to its own.
UPDATE "OutboxMessage" SET "error" = "text", "text" = '' WHERE "transport" = 'smtp-failed';
