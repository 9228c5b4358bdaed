import 'server-only'
import path from 'node:path'
import type { Pool } from 'pg'

export type DatabaseProbe = { check(): Promise<boolean>; close(): Promise<void> }

/**
 * A cheap question to the database on a connection of its own, apart from the app's pool (a pool busy with slow
 * queries is not an outage): PostgreSQL `SELECT 1` on a one-connection pool with a timeout; SQLite a read of its
 * schema through a read-only handle opened for each check, so a file removed, replaced or unreadable is seen.
 * Never throws: any failure is `false`, and its text goes nowhere (it may name the database's host or file).
 */
export function createDatabaseProbe({ url, timeoutMs }: { url: string; timeoutMs: number }): DatabaseProbe {
  return url.startsWith('file:') ? sqliteProbe(url, timeoutMs) : postgresProbe(url, timeoutMs)
}

/**
 * A probe asked at most once per `freshMs`: callers within that time get the last answer, concurrent callers share
 * one check, and `onChange` hears when the answer flips. A flood of requests or health checks costs one query.
 * A database that answered is called down only when a second check right after the failed one fails too: one
 * slow answer on a busy machine, or a connection the server closed (restart, pg_terminate_backend; the second
 * check opens a new one), must not answer 503 to every visitor for a second.
 */
export function rememberedProbe({
  probe,
  freshMs,
  initial,
  onChange,
}: {
  probe: DatabaseProbe
  freshMs: number
  initial: boolean
  onChange?: (up: boolean) => void
}): () => Promise<boolean> {
  let last = { up: initial, at: 0 }
  let pending: Promise<boolean> | undefined
  const confirmed = async () => (await probe.check()) || (last.up ? probe.check() : false)
  return () => {
    if (Date.now() - last.at < freshMs) return Promise.resolve(last.up)
    pending ??= confirmed().then((up) => {
      if (up !== last.up) onChange?.(up)
      last = { up, at: Date.now() }
      pending = undefined
      return up
    })
    return pending
  }
}

function postgresProbe(url: string, timeoutMs: number): DatabaseProbe {
  let pool: Pool | undefined
  return {
    async check() {
      if (!pool) {
        const pg = (await import('pg')).default
        pool = new pg.Pool({
          connectionString: url,
          max: 1,
          connectionTimeoutMillis: timeoutMs,
          idleTimeoutMillis: 60_000,
          query_timeout: timeoutMs,
        })
        // An idle connection closed by the server (restart, pg_terminate_backend): the next check opens another.
        pool.on('error', () => {})
      }
      try {
        await pool.query('SELECT 1')
        return true
      } catch {
        return false
      }
    },
    async close() {
      await pool?.end()
      pool = undefined
    },
  }
}

function sqliteProbe(url: string, timeoutMs: number): DatabaseProbe {
  const file = url.slice('file:'.length)
  const absolute = path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)
  return {
    async check() {
      const Database = (await import('better-sqlite3')).default
      try {
        const handle = new Database(absolute, { readonly: true, fileMustExist: true, timeout: timeoutMs })
        try {
          handle.prepare('SELECT count(*) FROM sqlite_master').get()
          return true
        } finally {
          handle.close()
        }
      } catch {
        return false
      }
    },
    async close() {},
  }
}
