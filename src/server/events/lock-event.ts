import 'server-only'
import { env } from '@/lib/env'
import type { Db } from '@/server/db'

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

/**
 * Holds the event's places until the transaction ends, so that counting the seats taken and taking one (or
 * giving one back and promoting the next in the queue) is one step (decision 0020). PostgreSQL locks the
 * event's row (SELECT … FOR UPDATE: concurrent registrations for the same event wait, other events do not);
 * SQLite runs one write transaction at a time in this process anyway (src/server/db.ts).
 */
export async function lockEvent(tx: Tx, eventId: string): Promise<void> {
  if (env().databaseProvider === 'postgres')
    await tx.$queryRaw`SELECT "id" FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`
}
