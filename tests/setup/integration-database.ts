// Global setup of the integration project: one fresh, migrated database for the run.
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

export default async function setup(project: TestProject) {
  const choice = process.env.TEST_DB ?? 'sqlite'
  if (choice !== 'sqlite' && choice !== 'postgres')
    throw new Error(`TEST_DB must be sqlite or postgres, got "${choice}"`)

  if (choice === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lc-test-'))
    const url = `file:${path.join(dir, 'test.db')}`
    await migrate('sqlite', url)
    project.provide('databaseUrl', url)
    project.provide('databaseProvider', 'sqlite')
    project.provide('pgAdminUrl', null)
    return () => rmSync(dir, { recursive: true, force: true })
  }

  const cluster = await startPgCluster()
  try {
    const url = await cluster.createDatabase('leadership_test')
    await migrate('postgres', url)
    project.provide('databaseUrl', url)
    project.provide('databaseProvider', 'postgres')
    project.provide('pgAdminUrl', cluster.url('postgres'))
  } catch (e) {
    cluster.stop()
    throw e
  }
  return () => cluster.stop()
}
