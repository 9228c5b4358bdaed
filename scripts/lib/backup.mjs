// Backups of the database for `npm run db:backup` / `npm run db:restore`, both providers:
// SQLite through its online backup API (a consistent copy while the site runs, WAL included),
// PostgreSQL through pg_dump -Fc / pg_restore from the machine's server binaries (PG_BIN or Debian's).
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync } from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { providerOf, sqlitePath } from './database-url.mjs'
import { pgBinDir } from './pg-cluster.mjs'

export class BackupError extends Error {
  name = 'BackupError'
}

const MIGRATIONS_TABLE = '_prisma_migrations'

/** backups/<provider>-<UTC timestamp>.{db,dump} under the project root. */
export function defaultBackupFile(provider, root = process.cwd(), now = new Date()) {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return path.join(root, 'backups', `${provider}-${stamp}.${provider === 'sqlite' ? 'db' : 'dump'}`)
}

/**
 * A connection URL libpq (pg_dump, pg_restore) accepts: Prisma-only query parameters removed.
 * `schema=` is Prisma's; the app uses the default schema, so it is dropped with the others.
 */
export function libpqUrl(url) {
  const u = new URL(url)
  for (const key of ['schema', 'connection_limit', 'pool_timeout', 'pgbouncer', 'socket_timeout'])
    u.searchParams.delete(key)
  return u.toString()
}

function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres'
}

/** Row counts of every application table (the migration history left out), by table name. */
export async function tableRowCounts(url) {
  if (providerOf(url) === 'sqlite') {
    const file = sqlitePath(url)
    if (!existsSync(file)) return {}
    const db = new Database(file, { readonly: true, fileMustExist: true })
    try {
      const tables = db
        .prepare(
          // Full-text search tables (virtual, and their shadow tables) are indexes rebuilt from Solution rows,
          // not data: a migrated, empty database has rows in them (docs/decisions/0016-full-text-search.md).
          `SELECT name FROM sqlite_master m WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ?
             AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%'
               AND (m.name = v.name OR substr(m.name, 1, length(v.name) + 1) = v.name || '_'))
           ORDER BY name`,
        )
        .all(MIGRATIONS_TABLE)
      return Object.fromEntries(
        tables.map(({ name }) => [name, db.prepare(`SELECT count(*) AS n FROM "${name}"`).get().n]),
      )
    } finally {
      db.close()
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(
      'SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> $1 ORDER BY tablename',
      [MIGRATIONS_TABLE],
    )
    const counts = {}
    for (const { tablename } of rows) {
      const r = await client.query(`SELECT count(*)::int AS n FROM "${tablename}"`)
      counts[tablename] = r.rows[0].n
    }
    return counts
  } finally {
    await client.end()
  }
}

const totalRows = (counts) => Object.values(counts).reduce((a, b) => a + b, 0)

// ---------- SQLite ----------

/**
 * Copies a live SQLite database (WAL or not) into `file` with the online backup API. The pages are copied
 * in one step, inside one read transaction: a writer in another process cannot make the copy restart or
 * mix two states, and it is not blocked (WAL readers never block the writer).
 */
export async function backupSqlite(sourceFile, file) {
  if (!existsSync(sourceFile)) throw new BackupError(`No SQLite database at ${sourceFile}`)
  const partial = `${file}.partial`
  rmSync(partial, { force: true })
  const db = new Database(sourceFile, { fileMustExist: true, timeout: 10_000 })
  try {
    await db.backup(partial, { progress: () => 0x7fffffff })
  } catch (e) {
    rmSync(partial, { force: true })
    throw e
  } finally {
    db.close()
  }
  // The copy keeps the source's journal mode; a backup file should be one self-contained file.
  const copy = new Database(partial)
  try {
    copy.pragma('journal_mode = DELETE')
    const check = copy.pragma('integrity_check', { simple: true })
    if (check !== 'ok') throw new BackupError(`The backup failed its integrity check: ${check}`)
  } finally {
    copy.close()
  }
  renameSync(partial, file)
}

/** Writes the backup file over the database at targetFile (created when missing), with the backup API. */
export async function restoreSqlite(file, targetFile) {
  mkdirSync(path.dirname(targetFile), { recursive: true })
  const source = new Database(file, { readonly: true, fileMustExist: true })
  try {
    await source.backup(targetFile, { progress: () => 0x7fffffff })
  } finally {
    source.close()
  }
  // The app runs in WAL mode; set it now so the restored file is ready as it was.
  const target = new Database(targetFile)
  try {
    target.pragma('journal_mode = WAL')
  } finally {
    target.close()
  }
}

// ---------- PostgreSQL ----------

function pgTool(bin, args) {
  const cmd = path.join(pgBinDir(), bin)
  const res = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (res.error) throw new BackupError(`${bin} could not run: ${res.error.message}`)
  if (res.status !== 0) throw new BackupError(`${bin} failed:\n${(res.stderr || res.stdout).trim()}`)
  return res
}

/** pg_dump in the custom format (compressed, restorable selectively), without owners or grants. */
export function backupPostgres(url, file) {
  const partial = `${file}.partial`
  rmSync(partial, { force: true })
  try {
    pgTool('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-acl',
      `--file=${partial}`,
      `--dbname=${libpqUrl(url)}`,
    ])
  } catch (e) {
    rmSync(partial, { force: true })
    throw e
  }
  renameSync(partial, file)
}

/** Creates the target database when it does not exist yet (through the server's "postgres" database). */
async function ensurePostgresDatabase(url) {
  const client = new pg.Client({ connectionString: url })
  try {
    await client.connect()
    await client.end()
    return false
  } catch (e) {
    if (e.code !== '3D000') throw e // 3D000: database does not exist
  }
  const admin = new URL(url)
  admin.pathname = '/postgres'
  const c = new pg.Client({ connectionString: admin.toString() })
  await c.connect()
  try {
    await c.query(`CREATE DATABASE "${databaseName(url).replace(/"/g, '""')}"`)
  } finally {
    await c.end()
  }
  return true
}

/** pg_restore in one transaction, dropping what the dump recreates (so a migrated, empty database works). */
export function restorePostgres(file, url) {
  pgTool('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--no-acl',
    '--single-transaction',
    '--exit-on-error',
    `--dbname=${libpqUrl(url)}`,
    file,
  ])
}

// ---------- Both ----------

function fileKind(file) {
  const fd = openSync(file, 'r')
  try {
    const buf = Buffer.alloc(16)
    readSync(fd, buf, 0, 16, 0)
    if (buf.toString('latin1', 0, 15) === 'SQLite format 3') return 'sqlite'
    if (buf.toString('latin1', 0, 5) === 'PGDMP') return 'postgres'
    return null
  } finally {
    closeSync(fd)
  }
}

/** Backs up the database at `url` into `file` (default backups/<provider>-<timestamp>.{db,dump}). */
export async function backupDatabase(url, { file, root = process.cwd() } = {}) {
  const provider = providerOf(url)
  const target = path.resolve(root, file ?? defaultBackupFile(provider, root))
  mkdirSync(path.dirname(target), { recursive: true })
  const counts = await tableRowCounts(url)
  if (provider === 'sqlite') await backupSqlite(sqlitePath(url), target)
  else backupPostgres(url, target)
  return { provider, file: target, tables: Object.keys(counts).length, rows: totalRows(counts) }
}

/**
 * Restores `file` into the database at `url`. Refuses when that database holds any row (the migration
 * history aside) unless `force`; creates a missing SQLite file or PostgreSQL database.
 */
export async function restoreDatabase(url, file, { force = false, root = process.cwd() } = {}) {
  const provider = providerOf(url)
  const source = path.resolve(root, file)
  if (!existsSync(source)) throw new BackupError(`No backup file at ${source}`)
  const kind = fileKind(source)
  if (kind !== provider) {
    throw new BackupError(
      kind
        ? `${source} is a ${kind} backup but DATABASE_URL is ${provider}`
        : `${source} is neither an SQLite database nor a pg_dump custom-format file`,
    )
  }
  let created = false
  if (provider === 'postgres') created = await ensurePostgresDatabase(url)
  const before = await tableRowCounts(url)
  const existing = totalRows(before)
  if (existing > 0 && !force) {
    throw new BackupError(
      `The target database is not empty (${existing} rows in ${Object.values(before).filter((n) => n > 0).length} tables); ` +
        'restore into a fresh database, or pass --force to replace its contents.',
    )
  }
  if (provider === 'sqlite') await restoreSqlite(source, sqlitePath(url))
  else restorePostgres(source, url)
  const after = await tableRowCounts(url)
  return {
    provider,
    file: source,
    created,
    replacedRows: existing,
    tables: Object.keys(after).length,
    rows: totalRows(after),
  }
}

/** The URL with its password hidden, for messages. */
export function redactUrl(url) {
  if (url.startsWith('file:')) return url
  const u = new URL(url)
  if (u.password) u.password = '***'
  return u.toString()
}

/** A file's path as messages show it: relative to the working directory when it lies below it. */
export function shownPath(file) {
  const rel = path.relative(process.cwd(), file)
  return rel && !rel.startsWith('..') ? rel : file
}
