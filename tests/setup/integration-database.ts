// Global setup of the integration projects: one fresh, migrated database for the run.
// SQLite in a temp file by default; TEST_DB=postgres starts a throwaway PostgreSQL cluster instead.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startPgCluster } from '../../scripts/lib/pg-cluster.mjs'
import { openSchemaEngine } from '../../scripts/lib/schema-engine.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    databaseProvider: 'sqlite' | 'postgres'
    // A URL to the cluster's maintenance database, for tests that create their own databases (postgres only).
    pgAdminUrl: string | null
  }
}

const root = path.resolve(import.meta.dirname, '../..')

async function migrate(provider: 'sqlite' | 'postgres', url: string) {
  const engine = await openSchemaEngine({ root, provider, url })
  try {
    await engine.deploy()
  } finally {
    await engine.close()
  }
}

type Database = {
  url: string
  provider: 'sqlite' | 'postgres'
  pgAdminUrl: string | null
  stop: () => void
}

async function createDatabase(): Promise<Database> {
  const choice = process.env.TEST_DB ?? 'sqlite'
  if (choice !== 'sqlite' && choice !== 'postgres')
    throw new Error(`TEST_DB must be sqlite or postgres, got "${choice}"`)

  if (choice === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-test-'))
    const url = `file:${path.join(dir, 'test.db')}`
    try {
      await migrate('sqlite', url)
    } catch (e) {
      rmSync(dir, { recursive: true, force: true })
      throw e
    }
    return {
      url,
      provider: 'sqlite',
      pgAdminUrl: null,
      stop: () => rmSync(dir, { recursive: true, force: true }),
    }
  }

  const cluster = await startPgCluster()
  try {
    const url = await cluster.createDatabase('leadership_test')
    await migrate('postgres', url)
    return { url, provider: 'postgres', pgAdminUrl: cluster.url('postgres'), stop: () => cluster.stop() }
  } catch (e) {
    cluster.stop()
    throw e
  }
}

// The integration projects (vitest.config.ts: shared, session, isolated) are one run on one database: each
// project runs its global setup, the first creates the database, the others are given the same one, and the last
// teardown removes it. Kept on the main process's globalThis, as each project loads this file on its own.
const shared = globalThis as unknown as {
  integrationDatabase?: { ready: Promise<Database>; users: number }
}

export default async function setup(project: TestProject) {
  const entry = (shared.integrationDatabase ??= { ready: createDatabase(), users: 0 })
  entry.users += 1
  let database: Database
  try {
    database = await entry.ready
  } catch (e) {
    entry.users -= 1
    if (entry.users === 0) delete shared.integrationDatabase
    throw e
  }
  project.provide('databaseUrl', database.url)
  project.provide('databaseProvider', database.provider)
  project.provide('pgAdminUrl', database.pgAdminUrl)
  return () => {
    entry.users -= 1
    if (entry.users > 0) return
    delete shared.integrationDatabase
    database.stop()
  }
}
