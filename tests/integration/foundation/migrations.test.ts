// Migrations apply from nothing on the run's provider, and a second deploy has nothing left to do.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { openSchemaEngine } from '../../../scripts/lib/schema-engine.mjs'

const root = process.cwd()
const provider = inject('databaseProvider')
const expectedTables = [
  'User',
  'Municipality',
  'Campaign',
  'PledgeText',
  'Pledge',
  'EmailToken',
  'Target',
  'ProgressReport',
  'InventoryEntry',
  'Solution',
  'ContentPage',
  'AuditLog',
  '_prisma_migrations',
]
const migrationNames = readdirSync(path.join(root, 'prisma', provider, 'migrations'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()

type FreshDatabase = { url: string; tables(): Promise<string[]>; drop(): Promise<void> }

async function freshSqlite(): Promise<FreshDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-migrate-'))
  const file = path.join(dir, 'fresh.db')
  return {
    url: `file:${file}`,
    async tables() {
      const conn = new Database(file)
      const rows = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string
      }[]
      conn.close()
      return rows.map((r) => r.name)
    },
    async drop() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

async function freshPostgres(): Promise<FreshDatabase> {
  const adminUrl = inject('pgAdminUrl')!
  const name = `fresh_${Date.now()}_${process.pid}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  const url = adminUrl.replace(/\/postgres$/, `/${name}`)
  return {
    url,
    async tables() {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      const { rows } = await client.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
      )
      await client.end()
      return rows.map((r) => r.tablename)
    },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await admin.end()
    },
  }
}

describe(`migrations on ${provider}`, () => {
  let fresh: FreshDatabase

  beforeAll(async () => {
    fresh = provider === 'sqlite' ? await freshSqlite() : await freshPostgres()
  })
  afterAll(async () => {
    await fresh?.drop()
  })

  test('an empty database has none of the tables before deploy', async () => {
    const tables = await fresh.tables()
    expect(tables.filter((t) => expectedTables.includes(t))).toEqual([])
  })

  test('deploy applies every migration and creates the tables; a second deploy finds nothing pending', async () => {
    expect(migrationNames.length).toBeGreaterThan(0)
    const first = await openSchemaEngine({ root, provider, url: fresh.url })
    try {
      expect((await first.deploy()).sort()).toEqual(migrationNames)
    } finally {
      await first.close()
    }
    expect(await fresh.tables()).toEqual(expect.arrayContaining(expectedTables))

    const second = await openSchemaEngine({ root, provider, url: fresh.url })
    try {
      expect(await second.deploy()).toEqual([])
      const status = await second.status()
      expect(status.history).toBeNull()
      expect(status.failedMigrationNames).toEqual([])
    } finally {
      await second.close()
    }
  })
})
