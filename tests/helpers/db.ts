// Database helpers for integration tests: the app's own client, a full wipe, unique names.
import { randomBytes } from 'node:crypto'
import { db } from '@/server/db'

export { db }

export function databaseProvider(): 'sqlite' | 'postgres' {
  return (process.env.DATABASE_URL ?? '').startsWith('file:') ? 'sqlite' : 'postgres'
}

async function sqliteTablesChildFirst(): Promise<string[]> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    // Full-text search tables (FTS5 virtual tables and their shadow tables) follow their rows through triggers:
    // never touched here.
    `SELECT name FROM sqlite_master m WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'
       AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%'
         AND (m.name = v.name OR substr(m.name, 1, length(v.name) + 1) = v.name || '_'))`,
  )
  const parents = new Map<string, Set<string>>()
  for (const { name } of tables) {
    const fks = await db.$queryRawUnsafe<{ table: string }[]>(
      `SELECT "table" FROM pragma_foreign_key_list('${name}')`,
    )
    parents.set(name, new Set(fks.map((f) => f.table).filter((t) => t !== name)))
  }
  // A table is deleted once no remaining table refers to it.
  const order: string[] = []
  const remaining = new Set(parents.keys())
  while (remaining.size > 0) {
    const next = [...remaining].find((t) => ![...remaining].some((other) => parents.get(other)?.has(t)))
    if (!next) throw new Error(`Foreign key cycle among: ${[...remaining].join(', ')}`)
    order.push(next)
    remaining.delete(next)
  }
  return order
}

/** Deletes every row of every application table (the migration history stays). */
export async function truncateAll(): Promise<void> {
  if (databaseProvider() === 'postgres') {
    const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
      "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'",
    )
    if (tables.length === 0) return
    // One statement over all tables satisfies every foreign key at once.
    await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map((t) => `"${t.tablename}"`).join(', ')} CASCADE`)
    return
  }
  for (const table of await sqliteTablesChildFirst()) await db.$executeRawUnsafe(`DELETE FROM "${table}"`)
}

/** A slug no other test will use: `<prefix>-<random>`. */
export function uniqueSlug(prefix = 'test'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`
}
