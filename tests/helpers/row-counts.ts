// How many rows each application table holds, in one query: a cheap before/after check that a refused
// call left nothing behind.
import { databaseProvider, db } from './db'

let tables: Promise<string[]> | undefined

function applicationTables(): Promise<string[]> {
  tables ??= (async () => {
    const rows =
      databaseProvider() === 'postgres'
        ? await db.$queryRawUnsafe<{ name: string }[]>(
            'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()',
          )
        : await db.$queryRawUnsafe<{ name: string }[]>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
          )
    return rows.map((r) => r.name).filter((name) => name !== '_prisma_migrations')
  })()
  return tables
}

/** Rows per table, leaving out the named tables (rate-limit counters, say, which every attempt touches). */
export async function rowCounts(except: readonly string[] = []): Promise<Record<string, number>> {
  const names = (await applicationTables()).filter((t) => !except.includes(t)).sort()
  const sql = names.map((t) => `SELECT '${t}' AS name, COUNT(*) AS n FROM "${t}"`).join(' UNION ALL ')
  const rows = await db.$queryRawUnsafe<{ name: string; n: number | bigint }[]>(sql)
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]))
}
