// `npm run db:backup` and `npm run db:restore` on the run's provider: a backup restored into a fresh database
// has every row; a database with rows is only replaced with --force; an SQLite backup taken while another
// process writes is a consistent snapshot.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { backupSqlite, tableRowCounts } from '../../../scripts/lib/backup.mjs'
import { openSchemaEngine } from '../../../scripts/lib/schema-engine.mjs'
import { db, truncateAll } from '../../helpers/db'
import {
  approvedPledge,
  pendingReviewPledge,
  publishedSolution,
  staffUser,
  verifiedReport,
} from '../../fixtures/factories'

const root = process.cwd()
const provider = inject('databaseProvider')
const sourceUrl = inject('databaseUrl')
const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-backup-'))
const created: string[] = []

/** A URL for a database that does not exist yet (restore creates it). */
function freshUrl(name: string) {
  if (provider === 'sqlite') return `file:${path.join(dir, `${name}.db`)}`
  const dbName = `${name}_${process.pid}_${Date.now()}`
  created.push(dbName)
  return inject('pgAdminUrl')!.replace(/\/postgres$/, `/${dbName}`)
}

function npmScript(script: 'backup' | 'restore', args: string[], url: string) {
  const res = spawnSync(process.execPath, [`scripts/${script}.mjs`, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: url },
  })
  return { code: res.status, out: `${res.stdout}${res.stderr}` }
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  if (provider === 'sqlite') {
    const conn = new Database(url.slice('file:'.length), { readonly: true })
    try {
      return conn.prepare(sql).all() as T[]
    } finally {
      conn.close()
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows as T[]
  } finally {
    await client.end()
  }
}

const signatories = (url: string) =>
  query<{ signatoryName: string; status: string }>(
    url,
    'SELECT "signatoryName", "status" FROM "Pledge" ORDER BY "signatoryName"',
  )

beforeAll(async () => {
  await truncateAll()
  await approvedPledge(db)
  await approvedPledge(db, { campaign: 'rc4a' })
  await pendingReviewPledge(db)
  await verifiedReport(db)
  await staffUser(db, 'ADMIN', { password: 'a long enough password' })
  await publishedSolution(db)
})

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true })
  if (provider === 'postgres' && created.length) {
    const admin = new pg.Client({ connectionString: inject('pgAdminUrl')! })
    await admin.connect()
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await admin.end()
  }
})

describe(`backup and restore (${provider})`, () => {
  test('a backup restored into a fresh database has every row of every table', async () => {
    const file = path.join(dir, `full.${provider === 'sqlite' ? 'db' : 'dump'}`)
    const backup = npmScript('backup', [file], sourceUrl)
    expect(backup.out).toMatch(new RegExp(`Backed up ${provider} database .*rows in \\d+ tables -> ${file}`))
    expect(backup.code).toBe(0)

    const target = freshUrl('restored')
    const restore = npmScript('restore', [file], target)
    expect(restore.out).toContain(`Restored ${file} into ${provider} database`)
    expect(restore.code).toBe(0)

    const before = await tableRowCounts(sourceUrl)
    const after = await tableRowCounts(target)
    expect(after).toEqual(before)
    for (const table of ['Pledge', 'Municipality', 'Campaign', 'ProgressReport', 'InventoryEntry', 'User'])
      expect(after[table], table).toBeGreaterThan(0)
    expect(await signatories(target)).toEqual(await signatories(sourceUrl))
    const [admin] = await query<{ passwordHash: string | null }>(
      target,
      `SELECT "passwordHash" FROM "User" WHERE "role" = 'ADMIN'`,
    )
    expect(admin?.passwordHash).toMatch(/^\$argon2/)
    // The migration history came along: the restored database is at the same schema version.
    const migrations = 'SELECT "migration_name" FROM "_prisma_migrations" ORDER BY 1'
    expect(await query(target, migrations)).toEqual(await query(sourceUrl, migrations))
  })

  test('restores into a migrated, empty database; refuses one with rows unless --force', async () => {
    const file = path.join(dir, `again.${provider === 'sqlite' ? 'db' : 'dump'}`)
    expect(npmScript('backup', [file], sourceUrl).code).toBe(0)

    const target = freshUrl('migrated')
    if (provider === 'postgres') {
      const admin = new pg.Client({ connectionString: inject('pgAdminUrl')! })
      await admin.connect()
      await admin.query(`CREATE DATABASE "${new URL(target).pathname.slice(1)}"`)
      await admin.end()
    }
    const engine = await openSchemaEngine({ root, provider, url: target })
    await engine.deploy()
    await engine.close()

    expect(npmScript('restore', [file], target).code).toBe(0)
    const counts = await tableRowCounts(target)
    expect(counts).toEqual(await tableRowCounts(sourceUrl))

    // Now it has rows: a second restore is refused and changes nothing.
    await approvedPledge(db)
    const newer = path.join(dir, `newer.${provider === 'sqlite' ? 'db' : 'dump'}`)
    expect(npmScript('backup', [newer], sourceUrl).code).toBe(0)
    const refused = npmScript('restore', [newer], target)
    expect(refused.code).toBe(1)
    expect(refused.out).toMatch(/Restore failed: The target database is not empty .*--force/)
    expect(await tableRowCounts(target)).toEqual(counts)

    const forced = npmScript('restore', [newer, '--force'], target)
    expect(forced.out).toMatch(/\(replaced \d+ rows\)/)
    expect(forced.code).toBe(0)
    expect(await tableRowCounts(target)).toEqual(await tableRowCounts(sourceUrl))
    expect((await tableRowCounts(target)).Pledge).toBe(counts.Pledge! + 1)
  })

  test('refuses a file that is not a backup for this provider', () => {
    const junk = path.join(dir, 'junk.bin')
    writeFileSync(junk, 'not a backup')
    const r = npmScript('restore', [junk], freshUrl('junk'))
    expect(r.code).toBe(1)
    expect(r.out).toContain('is neither an SQLite database nor a pg_dump custom-format file')
  })
})

// A writer in another process commits transactions that each add one row to both tables; every backup
// taken meanwhile must hold equal counts (no half transaction) and pass SQLite's integrity check.
const writerScript = `
const Database = require('better-sqlite3')
const db = new Database(process.argv[1])
db.pragma('journal_mode = WAL')
const add = db.transaction((i) => {
  db.prepare('INSERT INTO a (n, pad) VALUES (?, randomblob(2000))').run(i)
  db.prepare('INSERT INTO b (n, pad) VALUES (?, randomblob(2000))').run(i)
})
let i = 0
process.stdout.write('ready\\n')
const loop = () => { for (let k = 0; k < 20; k++) add(++i); setImmediate(loop) }
loop()
`

test.skipIf(provider !== 'sqlite')(
  'an SQLite backup taken while another process writes is consistent',
  async () => {
    const live = path.join(dir, 'live.db')
    const setup = new Database(live)
    setup.pragma('journal_mode = WAL')
    setup.exec('CREATE TABLE a (n INTEGER, pad BLOB); CREATE TABLE b (n INTEGER, pad BLOB)')
    // Large enough (about 6 MB) that a page-by-page copy would span many steps.
    setup.exec(
      'WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 1500) ' +
        'INSERT INTO a SELECT 0, randomblob(2000) FROM s; INSERT INTO b SELECT * FROM a',
    )
    setup.close()

    const writer = spawn(process.execPath, ['-e', writerScript, live], { cwd: root, stdio: 'pipe' })
    try {
      await new Promise<void>((resolve, reject) => {
        writer.stdout.once('data', () => resolve())
        writer.once('exit', (code) => reject(new Error(`writer exited with ${code}`)))
      })
      const seen: number[] = []
      for (let k = 0; k < 3; k++) {
        await new Promise((r) => setTimeout(r, 100))
        const copy = path.join(dir, `live-${k}.db`)
        await backupSqlite(live, copy)
        const conn = new Database(copy, { readonly: true })
        const a = (conn.prepare('SELECT count(*) AS n FROM a').get() as { n: number }).n
        const b = (conn.prepare('SELECT count(*) AS n FROM b').get() as { n: number }).n
        expect(conn.pragma('integrity_check', { simple: true })).toBe('ok')
        expect(conn.pragma('journal_mode', { simple: true })).toBe('delete')
        conn.close()
        expect(a).toBe(b)
        seen.push(a)
      }
      // The writer was really writing while the copies were taken.
      expect(new Set(seen).size).toBeGreaterThan(1)
      expect(writer.exitCode).toBeNull()
    } finally {
      writer.kill()
    }
  },
)
