import 'server-only'
import path from 'node:path'
import { mkdirSync } from 'node:fs'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient as SqliteClient } from './generated/sqlite/client.ts'
import { PrismaClient as PostgresClient } from './generated/postgres/client.ts'
import { env } from '@/lib/env'
import { flagUnavailableDatabase } from '@/server/outage/flag-unavailable-database'
import { observePool } from '@/lib/metrics/metrics.mjs'

// Secrets stay out of every query result unless a query asks for them by name.
const omit = { user: { passwordHash: true } } as const
// Prisma's defaults (2 s to get a connection, 5 s to run) turned a burst of submissions into 500s: under
// load a transaction waits for a pooled connection (PostgreSQL) or the single writer (SQLite) longer.
const transactionOptions = { maxWait: 10_000, timeout: 20_000 }

function sqliteClient(url: string) {
  const file = url.slice('file:'.length)
  const absolute = path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)
  mkdirSync(path.dirname(absolute), { recursive: true })
  const factory = new PrismaBetterSqlite3({ url: `file:${absolute}`, timeout: 10_000 })
  // WAL lets readers run beside the writer; FULL sync keeps every acknowledged write across a crash.
  const connect = factory.connect.bind(factory)
  factory.connect = async () => {
    const adapter = await connect()
    await adapter.executeScript(
      'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;',
    )
    return queueBesideTransactions(adapter)
  }
  return new SqliteClient({ adapter: factory, omit, transactionOptions })
}

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSqlite3['connect']>>

/**
 * better-sqlite3 is one connection: a query sent while an interactive transaction is open would run
 * inside it, see its uncommitted rows and be rolled back with it. So queries wait for open transactions.
 */
function queueBesideTransactions(adapter: SqliteAdapter): SqliteAdapter {
  let tail: Promise<void> = Promise.resolve()
  const lock = () => {
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    const ready = tail.then(() => release)
    tail = tail.then(() => held)
    return ready
  }
  const queued =
    <A, R>(fn: (arg: A) => Promise<R>) =>
    async (arg: A) => {
      const release = await lock()
      try {
        return await fn(arg)
      } finally {
        release()
      }
    }
  adapter.queryRaw = queued(adapter.queryRaw.bind(adapter))
  adapter.executeRaw = queued(adapter.executeRaw.bind(adapter))
  const start = adapter.startTransaction.bind(adapter)
  adapter.startTransaction = async (isolationLevel) => {
    const release = await lock()
    try {
      const tx = await start(isolationLevel)
      const [commit, rollback] = [tx.commit.bind(tx), tx.rollback.bind(tx)]
      tx.commit = () => commit().finally(release)
      tx.rollback = () => rollback().finally(release)
      return tx
    } catch (e) {
      release()
      throw e
    }
  }
  return adapter
}

function postgresClient(url: string, poolSize: number) {
  // A database that does not answer fails requests with DatabaseUnavailableError (decision 0012), after at
  // most 10 s waiting for a connection, rather than hanging them.
  const adapter = flagUnavailableDatabase(
    new PrismaPg({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000 }),
  )
  // The pool the adapter opens, for the metrics' connection counts (read at each scrape, nothing per query).
  const connect = adapter.connect.bind(adapter)
  adapter.connect = async () => {
    const connected = await connect()
    observePool(connected.underlyingDriver())
    return connected
  }
  // Both clients are generated from one schema, so their APIs are identical; type them as one.
  return new PostgresClient({ adapter, omit, transactionOptions }) as unknown as ReturnType<
    typeof sqliteClient
  >
}

export type Db = ReturnType<typeof sqliteClient>

function createClient(): Db {
  const { DATABASE_URL, DATABASE_POOL_SIZE, databaseProvider } = env()
  return databaseProvider === 'sqlite'
    ? sqliteClient(DATABASE_URL)
    : postgresClient(DATABASE_URL, DATABASE_POOL_SIZE)
}

// One client per process; development's hot reload would otherwise open a new one per edit.
const globalForDb = globalThis as unknown as { db?: Db }
export const db: Db = globalForDb.db ?? createClient()
if (env().NODE_ENV !== 'production') globalForDb.db = db
