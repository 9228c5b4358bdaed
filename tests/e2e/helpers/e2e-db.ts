// The e2e database, for specs that read figures from it or write test accounts into it: the app's
// generated Prisma client on SQLite or PostgreSQL (whichever E2E_DATABASE_URL names), so queries,
// dates and booleans work the same on both.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient as SqliteClient } from '../../../src/server/generated/sqlite/client.ts'
import { PrismaClient as PostgresClient } from '../../../src/server/generated/postgres/client.ts'
import { checkE2eDatabase, e2eDatabaseUrl } from './e2e-env.mjs'

export type E2eDb = InstanceType<typeof SqliteClient>

function connect(): E2eDb {
  const checked = checkE2eDatabase()
  if (checked.provider === 'sqlite') {
    return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: `file:${checked.file}` }) })
  }
  // Both clients come from one schema, so their APIs are identical; type them as one (as src/server/db.ts).
  return new PostgresClient({
    adapter: new PrismaPg({ connectionString: e2eDatabaseUrl, max: 2 }),
  }) as unknown as E2eDb
}

/** Runs `run` with a client of the e2e database, disconnected afterwards. */
export async function withE2eDb<T>(run: (db: E2eDb) => Promise<T>): Promise<T> {
  const db = connect()
  try {
    return await run(db)
  } finally {
    await db.$disconnect()
  }
}
